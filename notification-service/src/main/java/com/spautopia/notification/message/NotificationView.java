package com.spautopia.notification.message;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.delivery.Recipients;
import org.jspecify.annotations.Nullable;

/**
 * A message as the HTTP API shows it: the recipient masked, the body left out.
 *
 * @param id the message's id
 * @param bookingId the booking
 * @param channel SMS or email
 * @param purpose why it was sent
 * @param status where it is
 * @param recipient the masked recipient
 * @param providerId the provider's id, once sent
 * @param error why it failed, if it did
 * @param attempts how many times it was claimed for sending
 * @param createdAt when it was first claimed
 * @param sentAt when the provider accepted it
 */
record NotificationView(String id, String bookingId, Channel channel, Purpose purpose, NotificationStatus status,
		String recipient, @Nullable String providerId, @Nullable String error, int attempts, Instant createdAt,
		@Nullable Instant sentAt) {

	static NotificationView of(Notification notification) {
		return new NotificationView(notification.id(), notification.bookingId(), notification.channel(),
				notification.purpose(), notification.status(), Recipients.mask(notification.recipient()),
				notification.providerId(), notification.error(), notification.attempts(), notification.createdAt(),
				notification.sentAt());
	}

}
