package com.spautopia.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.spautopia.events.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The sender's decision table: what to do with a message it claimed, given the time, the
 * recipient's opt-out, quiet hours and whether an earlier attempt may have reached the
 * provider already.
 */
final class SendDecisions {

	private final Duration queuedWindow;

	/**
	 * Creates the table.
	 * @param queuedWindow how long the provider may keep a message it accepted queued,
	 * and so not yet listed among the messages it sent
	 */
	SendDecisions(Duration queuedWindow) {
		this.queuedWindow = queuedWindow;
	}

	/**
	 * Decides what to do with a claimed message.
	 * @param message the message as claimed
	 * @param now the time
	 * @param optedOut whether its recipient opted out of its channel (of SMS; of
	 * marketing email, for an offer)
	 * @param quietUntil the end of the quiet hours it must respect, if they hold now
	 * @param lookedUp whether the provider was just asked for it and has not got it
	 * @return the decision
	 */
	Decision beforeSending(Notification message, Instant now, boolean optedOut, Optional<Instant> quietUntil,
			boolean lookedUp) {
		if (message.channel() == Channel.SMS && message.outcomeUnknown() && !lookedUp) {
			return new Decision(Action.LOOK_UP, null, "an earlier attempt may have reached Twilio");
		}
		if (message.cancelRequested()) {
			return new Decision(Action.CANCEL, null, (message.waitlistOfferId() != null) ? "its waitlist offer ended"
					: "superseded by a change of its booking");
		}
		Instant notAfter = message.notAfter();
		if (notAfter != null && !now.isBefore(notAfter)) {
			return new Decision(Action.EXPIRE, null, "too late: no longer useful since " + notAfter);
		}
		if (optedOut) {
			return new Decision(Action.SUPPRESS, null, (message.channel() == Channel.SMS)
					? "the recipient opted out of SMS" : "the recipient unsubscribed from marketing email");
		}
		if (quietUntil.isPresent()) {
			if (notAfter != null && !quietUntil.get().isBefore(notAfter)) {
				return new Decision(Action.EXPIRE, null, "quiet hours last until after it ends at " + notAfter);
			}
			return new Decision(Action.DEFER, quietUntil.get(), "quiet hours");
		}
		Instant firstAttempt = message.firstAttemptAt();
		if (lookedUp && firstAttempt != null && now.isBefore(firstAttempt.plus(this.queuedWindow))) {
			return new Decision(Action.LOOK_UP_LATER, firstAttempt.plus(this.queuedWindow),
					"Twilio may still be queueing an earlier attempt");
		}
		return new Decision(Action.SEND, null, "");
	}

	/**
	 * What to do with a message.
	 */
	enum Action {

		/** Ask the provider whether it has the message before anything else. */
		LOOK_UP,

		/**
		 * Not found at the provider yet, which may still be queueing it: ask again then.
		 */
		LOOK_UP_LATER,

		/** Superseded by a later change of its booking: not sent. */
		CANCEL,

		/** No longer useful: not sent. */
		EXPIRE,

		/** The recipient opted out: not sent. */
		SUPPRESS,

		/** Quiet hours: sent when they end. */
		DEFER,

		/** Hand it to the provider. */
		SEND

	}

	/**
	 * A decision.
	 *
	 * @param action what to do
	 * @param at when, for {@code DEFER} and {@code LOOK_UP_LATER}
	 * @param reason why, for the record
	 */
	record Decision(Action action, @Nullable Instant at, String reason) {
	}

}
