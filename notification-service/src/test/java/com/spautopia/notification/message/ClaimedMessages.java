package com.spautopia.notification.message;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.spautopia.events.Channel;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.message.NotificationRequest.References;
import org.jspecify.annotations.Nullable;

/**
 * Messages as the sender holds them once claimed, for the decision table's tests.
 */
final class ClaimedMessages {

	private ClaimedMessages() {
	}

	static Notification sms(Purpose purpose, Instant firstAttempt, @Nullable Instant notAfter) {
		return claimed(Channel.SMS, purpose, firstAttempt, notAfter, false);
	}

	static Notification smsWithUnknownOutcome(Purpose purpose, Instant firstAttempt, @Nullable Instant notAfter) {
		return claimed(Channel.SMS, purpose, firstAttempt, notAfter, true);
	}

	static Notification email(Purpose purpose, Instant firstAttempt, boolean outcomeUnknown) {
		return claimed(Channel.EMAIL, purpose, firstAttempt, null, outcomeUnknown);
	}

	private static Notification claimed(Channel channel, Purpose purpose, Instant firstAttempt,
			@Nullable Instant notAfter, boolean outcomeUnknown) {
		String recipient = (channel == Channel.SMS) ? "+48600111222" : "client@example.com";
		MessageContent content = (channel == Channel.SMS) ? MessageContent.sms("Reminder: tomorrow at 10:00.")
				: MessageContent.email("Reminder", "Tomorrow at 10:00.", "<p>Tomorrow at 10:00.</p>");
		NotificationRequest request = new NotificationRequest("ev-1", channel, purpose, recipient, content,
				References.booking("bk-1", "cl-1"), firstAttempt, notAfter, null, null);
		Notification pending = Notification.pending(request, firstAttempt, Map.of(),
				SealedLinks.withKey(Base64.getEncoder().encodeToString(new byte[32])));
		return new Notification(pending.id(), pending.sourceKey(), pending.bookingId(), pending.clientId(),
				pending.campaignId(), pending.channel(), pending.purpose(), pending.priority(), pending.rank(),
				pending.recipient(), pending.content(), pending.smsSize(), pending.quietZone(), pending.fallback(),
				NotificationStatus.SENDING, pending.nextAttemptAt(), pending.notAfter(), "instance-1",
				firstAttempt.plusSeconds(120), 1, null, null, null, null, false, firstAttempt, null, null, 1, Map.of(),
				firstAttempt, outcomeUnknown, false, null);
	}

}
