package com.spautopia.notification.message;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one client through one channel.
 *
 * @param id {@code eventId:channel:purpose}: the event that caused the message, so that a
 * redelivered event maps to the same document
 * @param bookingId the booking the message is about
 * @param clientId the client
 * @param channel SMS or email
 * @param purpose why it is sent
 * @param recipient the phone number or email address; masked whenever logged or shown
 * @param body the text sent (for email, the plain-text part)
 * @param status where the message is
 * @param providerId the Twilio message SID or the email's {@code Message-ID}, once sent
 * @param error why the provider did not accept it, if it did not
 * @param retryable whether a failure may pass when the event is delivered again
 * @param attempts how many times the message was claimed for sending
 * @param createdAt when it was first claimed
 * @param sentAt when the provider accepted it
 */
@Document(Notification.COLLECTION)
public record Notification(@Id String id, String bookingId, String clientId, Channel channel, Purpose purpose,
		String recipient, String body, NotificationStatus status, @Nullable String providerId, @Nullable String error,
		boolean retryable, int attempts, Instant createdAt, @Nullable Instant sentAt) {

	static final String COLLECTION = "notifications";

	static Notification pending(NotificationRequest request, Instant now) {
		return new Notification(request.id(), request.bookingId(), request.clientId(), request.channel(),
				request.purpose(), request.recipient(), request.body(), NotificationStatus.PENDING, null, null, false,
				1, now, null);
	}

}
