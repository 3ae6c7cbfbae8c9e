package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * A message could not be delivered and will not be retried.
 *
 * @param messageId the message's id in notification-service
 * @param channel SMS or email
 * @param purpose why it was sent
 * @param clientId the client, if known
 * @param bookingId the booking it was about, if any
 * @param campaignId the campaign it was for, if any
 * @param errorCode the provider's error code, such as Twilio's {@code 21211}
 * @param errorMessage the provider's explanation
 * @param failedAt when the failure was reported
 */
public record MessageFailed(String messageId, Channel channel, Purpose purpose, @Nullable String clientId,
		@Nullable String bookingId, @Nullable String campaignId, String errorCode, String errorMessage,
		Instant failedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.messageId;
	}

}
