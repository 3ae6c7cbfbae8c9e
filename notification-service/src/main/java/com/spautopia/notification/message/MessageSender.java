package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.notification.consent.QuietHours;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.TraceContexts;
import com.spautopia.notification.email.Email;
import com.spautopia.notification.email.EmailSender;
import com.spautopia.notification.message.SendQueue.Queued;
import com.spautopia.notification.sms.SmsSender;

import org.springframework.stereotype.Component;

/**
 * Sends due messages: claims them (a batch together, with one read of the opt-outs of its
 * SMS recipients), then, for each one, checks it may still go (not too late, the number
 * not opted out, not in quiet hours for marketing), hands it to its provider and records
 * the outcome: sent, to be retried with backoff, or failed for good.
 */
@Component
class MessageSender implements MessageWork {

	private final BatchClaims claims;

	private final SendOutcomes outcomes;

	private final SmsSender smsSender;

	private final EmailSender emailSender;

	private final SmsOptOuts optOuts;

	private final QuietHours quietHours;

	private final RetryPolicy retries;

	private final Clock clock;

	private final TraceContexts traces;

	MessageSender(BatchClaims claims, SendOutcomes outcomes, SmsSender smsSender, EmailSender emailSender,
			SmsOptOuts optOuts, QuietHours quietHours, DispatchProperties properties, Clock clock,
			TraceContexts traces) {
		this.claims = claims;
		this.outcomes = outcomes;
		this.smsSender = smsSender;
		this.emailSender = emailSender;
		this.optOuts = optOuts;
		this.quietHours = quietHours;
		this.retries = new RetryPolicy(properties.retry());
		this.clock = clock;
		this.traces = traces;
	}

	@Override
	public Map<String, Runnable> claim(List<Queued> batch) {
		List<Notification> claimed = this.claims.claim(batch);
		Set<String> optedOut = this.optOuts.optedOut(claimed.stream()
			.filter((message) -> message.channel() == Channel.SMS)
			.map(Notification::recipient)
			.collect(Collectors.toSet()));
		Map<String, Runnable> sends = new HashMap<>();
		for (Notification message : claimed) {
			boolean recipientOptedOut = optedOut.contains(message.recipient());
			sends.put(message.id(), () -> observe(message, recipientOptedOut));
		}
		return sends;
	}

	private void observe(Notification message, boolean recipientOptedOut) {
		// in the trace the message was planned in: the event that caused it
		this.traces.continuing("spa.notification.send", message.traceContext())
			.contextualName("send " + message.channel() + " " + message.purpose())
			.lowCardinalityKeyValue("channel", message.channel().name())
			.lowCardinalityKeyValue("purpose", message.purpose().name())
			.observe(() -> send(message, recipientOptedOut));
	}

	private void send(Notification message, boolean recipientOptedOut) {
		Instant now = this.clock.instant();
		Instant notAfter = message.notAfter();
		if (notAfter != null && !now.isBefore(notAfter)) {
			this.outcomes.expired(message, "too late: no longer useful since " + notAfter);
			return;
		}
		if (message.channel() == Channel.SMS && recipientOptedOut) {
			this.outcomes.suppressed(message, "the recipient opted out of SMS");
			return;
		}
		Optional<Instant> quietUntil = quietUntil(message, now);
		if (quietUntil.isPresent()) {
			if (notAfter != null && !quietUntil.get().isBefore(notAfter)) {
				this.outcomes.expired(message, "quiet hours last until after it ends at " + notAfter);
			}
			else {
				this.outcomes.deferred(message, quietUntil.get());
			}
			return;
		}
		transmit(message);
	}

	private Optional<Instant> quietUntil(Notification message, Instant now) {
		String zone = message.quietZone();
		if (message.priority() != Priority.MARKETING || zone == null) {
			return Optional.empty();
		}
		return this.quietHours.deferral(now, ZoneId.of(zone));
	}

	private void transmit(Notification message) {
		try {
			this.outcomes.sent(message, handOver(message));
		}
		catch (DeliveryException ex) {
			// a configuration error (refused credentials) fails every message alike: keep
			// them until it is fixed; they still expire once no longer useful
			if (ex.isRetryable()
					&& (ex.isMisconfiguration() || this.retries.allowsAnotherAttempt(message.attempts()))) {
				this.outcomes.retryLater(message,
						this.clock.instant().plus(this.retries.delay(message.attempts(), ex.retryAfter())), ex);
			}
			else {
				this.outcomes.failed(message, ex);
			}
		}
	}

	private String handOver(Notification message) {
		MessageContent content = message.content();
		if (message.channel() == Channel.SMS) {
			return this.smsSender.send(message.recipient(), content.text(), message.id());
		}
		String method = content.calendarMethod();
		String ics = content.calendar();
		Email.CalendarPart calendar = (method != null && ics != null) ? new Email.CalendarPart(method, ics) : null;
		return this.emailSender.send(new Email(message.recipient(), String.valueOf(content.subject()), content.text(),
				String.valueOf(content.html()), calendar));
	}

}
