package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * A message was handed over to its provider, which accepted it; nothing more is known of
 * it. An email ends here: the SMTP server accepted it, and no bounce or read receipt says
 * more ({@link MessageDelivered} is published only when a provider reports delivery, as
 * Twilio does for SMS).
 *
 * @param messageId the message's id in notification-service
 * @param channel SMS or email
 * @param purpose why it was sent
 * @param clientId the client, if known
 * @param bookingId the booking it was about, if any
 * @param campaignId the campaign it was for, if any
 * @param sentAt when the provider accepted it
 */
public record MessageSent(String messageId, Channel channel, Purpose purpose, @Nullable String clientId,
		@Nullable String bookingId, @Nullable String campaignId, Instant sentAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.messageId;
	}

}
