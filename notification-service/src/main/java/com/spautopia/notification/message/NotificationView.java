package com.spautopia.notification.message;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.content.SmsSize;
import com.spautopia.notification.delivery.Recipients;
import org.jspecify.annotations.Nullable;

/**
 * A message as operators see it over HTTP: the recipient masked, the body left out.
 *
 * @param id the message's id
 * @param bookingId the booking
 * @param channel SMS or email
 * @param purpose why it was sent
 * @param priority transactional or marketing
 * @param status where it is
 * @param recipient the masked recipient
 * @param smsEncoding for SMS, GSM-7 or UCS-2
 * @param smsSegments for SMS, how many segments it takes
 * @param providerId the provider's id, once sent
 * @param providerStatus the last status the SMS provider reported
 * @param errorCode the provider's error code, if it failed
 * @param error why it failed or was not sent
 * @param attempts how many times it was claimed for sending
 * @param createdAt when it was planned
 * @param nextAttemptAt when it is (or was last) due
 * @param sentAt when the provider accepted it
 * @param completedAt when it reached a final status
 */
record NotificationView(String id, @Nullable String bookingId, Channel channel, Purpose purpose, Priority priority,
		NotificationStatus status, String recipient, SmsSize.@Nullable Encoding smsEncoding,
		@Nullable Integer smsSegments, @Nullable String providerId, @Nullable String providerStatus,
		@Nullable String errorCode, @Nullable String error, int attempts, Instant createdAt, Instant nextAttemptAt,
		@Nullable Instant sentAt, @Nullable Instant completedAt) {

	static NotificationView of(Notification message) {
		SmsSize size = message.smsSize();
		return new NotificationView(message.id(), message.bookingId(), message.channel(), message.purpose(),
				message.priority(), message.status(), Recipients.mask(message.recipient()),
				(size != null) ? size.encoding() : null, (size != null) ? size.segments() : null, message.providerId(),
				message.providerStatus(), message.errorCode(), message.error(), message.attempts(), message.createdAt(),
				message.nextAttemptAt(), message.sentAt(), message.completedAt());
	}

}
