package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * A message reached the client: the provider reported delivery (Twilio's status callback
 * for SMS). An email is never reported delivered: it ends at {@link MessageSent} (earlier
 * versions of notification-service published this event for an email the SMTP server
 * accepted).
 *
 * @param messageId the message's id in notification-service
 * @param channel SMS or email
 * @param purpose why it was sent
 * @param clientId the client, if known
 * @param bookingId the booking it was about, if any
 * @param campaignId the campaign it was for, if any
 * @param deliveredAt when delivery was reported
 */
public record MessageDelivered(String messageId, Channel channel, Purpose purpose, @Nullable String clientId,
		@Nullable String bookingId, @Nullable String campaignId, Instant deliveredAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.messageId;
	}

}
