package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.events.SealedLinks;
import com.spautopia.notification.consent.EmailOptOuts;
import com.spautopia.notification.consent.QuietHours;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.TraceContexts;
import com.spautopia.notification.email.Email;
import com.spautopia.notification.email.EmailSender;
import com.spautopia.notification.message.SendDecisions.Action;
import com.spautopia.notification.message.SendDecisions.Decision;
import com.spautopia.notification.message.SendQueue.Queued;
import com.spautopia.notification.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends due messages: claims them (a batch together, with one read of the opt-outs of its
 * SMS recipients), then, for each one, checks it may still go (not too late, the number
 * not opted out, not in quiet hours for marketing), hands it to its provider and records
 * the outcome: sent, to be retried with backoff, or failed for good. An SMS whose earlier
 * attempt may have reached Twilio is looked up there first and, if Twilio has it,
 * recorded as sent instead of sent again ({@link SendDecisions} holds the table).
 */
@Component
class MessageSender implements MessageWork {

	private static final Logger logger = LoggerFactory.getLogger(MessageSender.class);

	/** The pause after a 429 that named no {@code Retry-After}. */
	private static final Duration DEFAULT_THROTTLE = Duration.ofSeconds(1);

	private final BatchClaims claims;

	private final SendOutcomes outcomes;

	private final SmsSender smsSender;

	private final EmailSender emailSender;

	private final SmsOptOuts optOuts;

	private final QuietHours quietHours;

	private final RetryPolicy retries;

	private final Clock clock;

	private final TraceContexts traces;

	private final SendDecisions decisions;

	private final SmsThrottle throttle;

	private final EmailOptOuts emailOptOuts;

	private final SealedLinks seal;

	MessageSender(BatchClaims claims, SendOutcomes outcomes, SmsSender smsSender, EmailSender emailSender,
			SmsOptOuts optOuts, QuietHours quietHours, DispatchProperties properties, Clock clock, TraceContexts traces,
			SmsThrottle throttle, EmailOptOuts emailOptOuts, SealedLinks seal) {
		this.seal = seal;
		this.claims = claims;
		this.outcomes = outcomes;
		this.smsSender = smsSender;
		this.emailSender = emailSender;
		this.optOuts = optOuts;
		this.quietHours = quietHours;
		this.retries = new RetryPolicy(properties.retry());
		this.clock = clock;
		this.traces = traces;
		this.decisions = new SendDecisions(properties.queuedWindow());
		this.throttle = throttle;
		this.emailOptOuts = emailOptOuts;
	}

	@Override
	public Map<String, Runnable> claim(List<Queued> batch) {
		List<Notification> claimed = this.claims.claim(batch);
		Set<String> optedOut = this.optOuts.optedOut(claimed.stream()
			.filter((message) -> message.channel() == Channel.SMS)
			.map(Notification::recipient)
			.collect(Collectors.toSet()));
		Set<String> unsubscribed = this.emailOptOuts.optedOut(claimed.stream()
			.filter(MessageSender::isMarketingEmail)
			.map(Notification::clientId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<String, Runnable> sends = new HashMap<>();
		for (Notification message : claimed) {
			boolean recipientOptedOut = (message.channel() == Channel.SMS) ? optedOut.contains(message.recipient())
					: isMarketingEmail(message) && unsubscribed.contains(message.clientId());
			sends.put(message.id(), () -> observe(message, recipientOptedOut));
		}
		return sends;
	}

	private static boolean isMarketingEmail(Notification message) {
		return message.channel() == Channel.EMAIL && message.priority() == Priority.MARKETING;
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
		Optional<Instant> quietUntil = quietUntil(message, this.clock.instant());
		Decision decision = this.decisions.beforeSending(message, this.clock.instant(), recipientOptedOut, quietUntil,
				false);
		if (decision.action() == Action.LOOK_UP) {
			try {
				Optional<String> accepted = this.smsSender.findAccepted(message.recipient(), opened(message).text(),
						firstAttempt(message));
				if (accepted.isPresent()) {
					logger.info("{} {} was accepted by Twilio before ({}): not sent again", message.channel(),
							message.id(), accepted.get());
					this.outcomes.sent(message, accepted.get());
					return;
				}
			}
			catch (DeliveryException ex) {
				retryOrFail(message, ex);
				return;
			}
			decision = this.decisions.beforeSending(message, this.clock.instant(), recipientOptedOut, quietUntil, true);
		}
		switch (decision.action()) {
			case CANCEL -> this.outcomes.cancelled(message, decision.reason());
			case EXPIRE -> this.outcomes.expired(message, decision.reason());
			case SUPPRESS -> this.outcomes.suppressed(message, decision.reason());
			case DEFER -> this.outcomes.deferred(message, at(decision));
			case LOOK_UP_LATER -> this.outcomes.lookUpLater(message, at(decision));
			default -> transmit(message);
		}
	}

	private Instant firstAttempt(Notification message) {
		return (message.firstAttemptAt() != null) ? message.firstAttemptAt() : message.createdAt();
	}

	private static Instant at(Decision decision) {
		return Objects.requireNonNull(decision.at(), "a deferral has a time");
	}

	private Optional<Instant> quietUntil(Notification message, Instant now) {
		String zone = message.quietZone();
		// marketing and waitlist offers name the zone whose quiet hours they respect
		if (zone == null) {
			return Optional.empty();
		}
		return this.quietHours.deferral(now, ZoneId.of(zone));
	}

	private void transmit(Notification message) {
		try {
			this.outcomes.sent(message, handOver(message));
		}
		catch (DeliveryException ex) {
			retryOrFail(message, ex);
		}
	}

	private void retryOrFail(Notification message, DeliveryException ex) {
		if (ex.isThrottled()) {
			// Twilio's limit holds for every SMS this instance sends, not just this one
			this.throttle.slowDown((ex.retryAfter() != null) ? ex.retryAfter() : DEFAULT_THROTTLE);
		}
		// retried until its deadline, however many attempts that takes (a configuration
		// error such as refused credentials included: every message fails alike until it
		// is fixed)
		Optional<Instant> next = ex.isRetryable()
				? this.retries.nextAttempt(message, this.clock.instant(), ex.retryAfter()) : Optional.empty();
		if (next.isPresent()) {
			this.outcomes.retryLater(message, next.get(), ex);
		}
		else {
			this.outcomes.failed(message, ex);
		}
	}

	/**
	 * How long a message may still be held by the provider before it is useless: from now
	 * to its deadline.
	 */
	private Duration validity(Notification message) {
		return Duration.between(this.clock.instant(), this.retries.deadline(message));
	}

	/**
	 * The message's content in the clear: it is stored sealed and opened only to go out.
	 * Content that does not open (sealed with another key) fails the message for good,
	 * with a reason an operator can act on.
	 */
	private MessageContent opened(Notification message) {
		try {
			return message.content().opened(this.seal);
		}
		catch (IllegalArgumentException ex) {
			throw new DeliveryException(
					"The stored message does not open with spa.manage-links.sealing-key (was the" + " key changed?)",
					false);
		}
	}

	private String handOver(Notification message) {
		MessageContent content = opened(message);
		if (message.channel() == Channel.SMS) {
			return this.smsSender.send(message.recipient(), content.text(), message.id(), validity(message));
		}
		String method = content.calendarMethod();
		String ics = content.calendar();
		Email.CalendarPart calendar = (method != null && ics != null) ? new Email.CalendarPart(method, ics) : null;
		return this.emailSender.send(new Email(message.recipient(), String.valueOf(content.subject()), content.text(),
				String.valueOf(content.html()), calendar, content.listUnsubscribe()));
	}

}
