package com.spautopia.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestartPolicyTest {

	private static final Instant STOPPED = Instant.parse("2026-03-01T10:00:00Z");

	private final RestartPolicy policy = new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(20), 5,
			Duration.ofMinutes(10));

	@Test
	void restartsAServiceThatStoppedForTheFirstTimeAfterTheFirstDelay() {
		assertThat(this.policy.delayAfter(List.of(), STOPPED)).contains(Duration.ofSeconds(2));
	}

	@Test
	void doublesTheDelayWithEachRecentRestartUpToTheMaximum() {
		assertThat(this.policy.delayAfter(ago(60), STOPPED)).contains(Duration.ofSeconds(4));
		assertThat(this.policy.delayAfter(ago(60, 50), STOPPED)).contains(Duration.ofSeconds(8));
		assertThat(this.policy.delayAfter(ago(60, 50, 40), STOPPED)).contains(Duration.ofSeconds(16));
		assertThat(this.policy.delayAfter(ago(60, 50, 40, 30), STOPPED)).contains(Duration.ofSeconds(20));
	}

	@Test
	void givesUpOnceTheServiceRestartedTooOftenWithinTheWindow() {
		assertThat(this.policy.delayAfter(ago(500, 400, 300, 200, 100), STOPPED)).isEmpty();
	}

	@Test
	void forgetsRestartsOlderThanTheWindow() {
		assertThat(this.policy.delayAfter(ago(3600, 3000, 2400, 1800, 1200), STOPPED)).contains(Duration.ofSeconds(2));
		assertThat(this.policy.delayAfter(ago(3600, 3000, 2400, 1800, 60), STOPPED)).contains(Duration.ofSeconds(4));
	}

	@Test
	void theDefaultBacksOffFromTwoSecondsToAMinuteAndStopsAfterFiveRestartsInTenMinutes() {
		assertThat(RestartPolicy.DEFAULT.delayAfter(List.of(), STOPPED)).contains(Duration.ofSeconds(2));
		assertThat(RestartPolicy.DEFAULT.delayAfter(ago(9, 8, 7, 6), STOPPED)).contains(Duration.ofSeconds(32));
		assertThat(RestartPolicy.DEFAULT.delayAfter(ago(9, 8, 7, 6, 5), STOPPED)).isEmpty();
	}

	private static List<Instant> ago(long... seconds) {
		return java.util.Arrays.stream(seconds).mapToObj(STOPPED::minusSeconds).toList();
	}

}
