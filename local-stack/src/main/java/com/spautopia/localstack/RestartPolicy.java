package com.spautopia.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the local run restarts a service that stopped by itself, as compose's restart
 * policy would: after a delay that doubles with each recent restart (up to a maximum),
 * and not at all once it has restarted too often in a short time (a service that crashes
 * at once every time needs a person, not a loop).
 *
 * @param firstDelay the delay before the first restart
 * @param maxDelay the longest delay
 * @param maxRestarts how many restarts within {@code window} are allowed
 * @param window how far back restarts count
 */
record RestartPolicy(Duration firstDelay, Duration maxDelay, int maxRestarts, Duration window) {

	static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(60), 5,
			Duration.ofMinutes(10));

	/**
	 * The delay before restarting a service that stopped at {@code stopped}.
	 * @param earlierRestarts when it was restarted before
	 * @param stopped when it stopped now
	 * @return the delay, or empty when it must not be restarted again
	 */
	Optional<Duration> delayAfter(List<Instant> earlierRestarts, Instant stopped) {
		Instant since = stopped.minus(this.window);
		long recent = earlierRestarts.stream().filter((restart) -> restart.isAfter(since)).count();
		if (recent >= this.maxRestarts) {
			return Optional.empty();
		}
		Duration delay = this.firstDelay;
		for (long i = 0; i < recent && delay.compareTo(this.maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return Optional.of((delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay);
	}

}
