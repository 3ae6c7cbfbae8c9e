package com.spautopia.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.message.DispatchProperties.Retry;
import org.jspecify.annotations.Nullable;

/**
 * When a failed message is tried again: exponential backoff with jitter, never sooner
 * than the provider's {@code Retry-After}, for as long as the message is worth sending
 * (its deadline), however many attempts that takes.
 */
final class RetryPolicy {

	private final Retry retry;

	RetryPolicy(Retry retry) {
		this.retry = retry;
	}

	/**
	 * Until when a message is worth trying: a reminder or an offer until it is no longer
	 * useful ({@code notAfter}: 15 minutes before the start, the offer's end), any other
	 * message (a confirmation, a change) for {@code deadline} after it was planned and
	 * never after its {@code notAfter}. Twilio's {@code ValidityPeriod} is set from it
	 * too.
	 * @param message the message
	 * @return its deadline
	 */
	Instant deadline(Notification message) {
		Instant notAfter = message.notAfter();
		if (message.purpose() == Purpose.REMINDER || message.purpose() == Purpose.OFFER) {
			return (notAfter != null) ? notAfter : message.createdAt().plus(this.retry.deadline());
		}
		Instant planned = message.createdAt().plus(this.retry.deadline());
		return (notAfter != null && notAfter.isBefore(planned)) ? notAfter : planned;
	}

	/**
	 * When to try a failed message again, if still before its deadline.
	 * @param message the message
	 * @param now the time
	 * @param retryAfter the provider's {@code Retry-After}, if it gave one
	 * @return the time of the next attempt, or empty if it would come too late
	 */
	Optional<Instant> nextAttempt(Notification message, Instant now, @Nullable Duration retryAfter) {
		Instant next = now.plus(delay(message.attempts(), retryAfter));
		return next.isBefore(deadline(message)) ? Optional.of(next) : Optional.empty();
	}

	/**
	 * The wait before the next attempt.
	 * @param attemptsMade how many attempts failed so far (1 after the first)
	 * @param retryAfter the provider's {@code Retry-After}, if it gave one
	 * @return the wait
	 */
	Duration delay(int attemptsMade, @Nullable Duration retryAfter) {
		double exponential = this.retry.initialBackoff().toMillis()
				* Math.pow(this.retry.multiplier(), Math.max(0, attemptsMade - 1));
		double capped = Math.min(exponential, this.retry.maxBackoff().toMillis());
		double jittered = capped * (1 - this.retry.jitter() * ThreadLocalRandom.current().nextDouble());
		Duration backoff = Duration.ofMillis(Math.round(jittered));
		return (retryAfter != null && retryAfter.compareTo(backoff) > 0) ? retryAfter : backoff;
	}

}
