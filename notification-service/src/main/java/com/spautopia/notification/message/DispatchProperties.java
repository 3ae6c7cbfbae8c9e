package com.spautopia.notification.message;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How messages are sent.
 *
 * @param concurrency how many messages are handed to providers at the same time (keep
 * {@code spa.twilio.http.max-connections} at least this)
 * @param smsPerSecond the cap on SMS sent per second by this instance: the Twilio
 * account's rate divided by the number of instances
 * @param pollInterval how often due messages (retries, deferred ones, those of a dead
 * instance) are looked for
 * @param lease how long a claimed message stays with its instance before another may take
 * it
 * @param queueCapacity how many due messages one instance queues in memory at most
 * @param retry the retries of messages that failed in a way that may pass
 * @param queuedWindow how long Twilio may keep a message it accepted queued (without a
 * {@code date_sent}, so not yet in its Messages list): a message whose first attempt
 * ended without a known outcome is re-sent only once it is older than this and Twilio
 * does not list it
 * @param retention how long a finished message (and with it the recipient's number or
 * address) is kept: a TTL index on {@code completedAt} removes it then
 */
@ConfigurationProperties("spa.notification.dispatch")
@Validated
public record DispatchProperties(@Positive @DefaultValue("64") int concurrency,
		@Positive @DefaultValue("100") int smsPerSecond, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("2m") Duration lease, @Positive @DefaultValue("10000") int queueCapacity,
		@Valid @DefaultValue Retry retry, @DefaultValue("2m") Duration queuedWindow,
		@DefaultValue("180d") Duration retention) {

	/**
	 * Exponential backoff with jitter, until a deadline.
	 *
	 * @param deadline how long after it was planned a message other than a reminder or an
	 * offer (which are tried until they are no longer useful) is still tried
	 * @param initialBackoff the wait after the first failure
	 * @param multiplier how much each wait grows
	 * @param maxBackoff the longest wait
	 * @param jitter the fraction of a wait that is random, from 0 to 1
	 */
	public record Retry(@DefaultValue("6h") Duration deadline, @DefaultValue("2s") Duration initialBackoff,
			@DecimalMin("1.0") @DefaultValue("2.0") double multiplier, @DefaultValue("5m") Duration maxBackoff,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double jitter) {
	}

}
