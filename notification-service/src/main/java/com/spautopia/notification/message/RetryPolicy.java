package com.spautopia.notification.message;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.notification.message.DispatchProperties.Retry;
import org.jspecify.annotations.Nullable;

/**
 * When a failed message is tried again: exponential backoff with jitter, never sooner
 * than the provider's {@code Retry-After}, and at most {@code maxAttempts} times in all.
 */
final class RetryPolicy {

	private final Retry retry;

	RetryPolicy(Retry retry) {
		this.retry = retry;
	}

	boolean allowsAnotherAttempt(int attemptsMade) {
		return attemptsMade < this.retry.maxAttempts();
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
