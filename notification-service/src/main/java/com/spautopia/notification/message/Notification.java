package com.spautopia.notification.message;

import java.time.Instant;
import java.util.Map;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.events.SealedLinks;
import com.spautopia.notification.content.SmsSegments;
import com.spautopia.notification.content.SmsSize;
import com.spautopia.notification.message.NotificationRequest.Fallback;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one client through one channel, and what became of it. Its id makes it
 * unique per cause, channel and purpose; its status changes only with atomic conditional
 * updates; the events it causes wait in its {@code outbox} array (not mapped here).
 *
 * @param id {@code sourceKey:channel:purpose}
 * @param sourceKey what caused the message
 * @param bookingId the booking it is about, if any
 * @param clientId the client, if known
 * @param campaignId the campaign, if any
 * @param channel SMS or email
 * @param purpose why it is sent
 * @param priority transactional or marketing
 * @param rank the priority's sort order
 * @param recipient the phone number or email address; masked whenever logged or shown
 * @param content what it says
 * @param smsSize for SMS, the encoding and segment count
 * @param quietZone for marketing and waitlist offers, the time zone whose quiet hours it
 * respects
 * @param fallback for transactional SMS, the email to send if the SMS cannot be delivered
 * @param status where the message is
 * @param nextAttemptAt when it is due (first send, retry or after a deferral)
 * @param notAfter when it is no longer useful, if ever
 * @param owner the instance holding it while {@code SENDING}
 * @param leaseUntil until when the owner holds it; afterwards another instance may
 * @param attempts how many times it was claimed for sending
 * @param providerId the Twilio message SID or the email's {@code Message-ID}, once sent
 * @param providerStatus the last status Twilio reported
 * @param errorCode the provider's error code, if it failed
 * @param error why it failed or was not sent
 * @param retryable whether the last failure will be retried
 * @param createdAt when it was planned
 * @param sentAt when the provider accepted it
 * @param completedAt when it reached a final status
 * @param version raised by every change: conditional writes name the version they read
 * (optimistic concurrency on {@code _id} and {@code version}, which an index serves)
 * @param traceContext the trace it was planned in (propagation fields such as
 * {@code traceparent}), which its sending continues; empty if none
 * @param firstAttemptAt when it was first claimed for sending: a provider's message
 * created before is not this one
 * @param outcomeUnknown whether an earlier attempt may have reached the provider without
 * its answer being recorded (the instance stopped, the connection failed or timed out):
 * the provider is asked before the message is sent again
 * @param cancelRequested whether a later change of its booking superseded it while it was
 * being sent: it is not sent again, nor retried
 * @param waitlistOfferId the waitlist offer it announces, if any: withdrawn when the
 * offer ends
 */
@Document(Notification.COLLECTION)
public record Notification(@Id String id, String sourceKey, @Nullable String bookingId, @Nullable String clientId,
		@Nullable String campaignId, Channel channel, Purpose purpose, Priority priority, int rank, String recipient,
		MessageContent content, @Nullable SmsSize smsSize, @Nullable String quietZone, @Nullable Fallback fallback,
		NotificationStatus status, Instant nextAttemptAt, @Nullable Instant notAfter, @Nullable String owner,
		@Nullable Instant leaseUntil, int attempts, @Nullable String providerId, @Nullable String providerStatus,
		@Nullable String errorCode, @Nullable String error, boolean retryable, Instant createdAt,
		@Nullable Instant sentAt, @Nullable Instant completedAt, long version, Map<String, String> traceContext,
		@Nullable Instant firstAttemptAt, boolean outcomeUnknown, boolean cancelRequested,
		@Nullable String waitlistOfferId) {

	static final String COLLECTION = "notifications";

	public Notification {
		// messages planned before trace contexts were recorded have none
		traceContext = (traceContext != null) ? Map.copyOf(traceContext) : Map.of();
	}

	static Notification pending(NotificationRequest request, Instant now, Map<String, String> traceContext,
			SealedLinks seal) {
		Priority priority = Priority.of(request.purpose());
		// measured in the clear, as the client will get it; stored sealed
		SmsSize size = (request.channel() == Channel.SMS) ? SmsSegments.of(request.content().opened(seal).text())
				: null;
		MessageContent content = request.content().sealed(seal);
		NotificationRequest.Fallback fallback = (request.fallback() != null) ? new NotificationRequest.Fallback(
				request.fallback().email(), request.fallback().content().sealed(seal)) : null;
		Instant due = request.notBefore().isAfter(now) ? request.notBefore() : now;
		return new Notification(request.id(), request.sourceKey(), request.references().bookingId(),
				request.references().clientId(), request.references().campaignId(), request.channel(),
				request.purpose(), priority, priority.rank(), request.recipient(), content, size, request.quietZone(),
				fallback, NotificationStatus.PENDING, due, request.notAfter(), null, null, 0, null, null, null, null,
				false, now, null, null, 0, traceContext, null, false, false, request.references().waitlistOfferId());
	}

	boolean isTransactionalSms() {
		return this.channel == Channel.SMS && this.priority == Priority.TRANSACTIONAL;
	}

}
