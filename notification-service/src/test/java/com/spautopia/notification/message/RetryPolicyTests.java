package com.spautopia.notification.message;

import java.time.Duration;

import com.spautopia.notification.message.DispatchProperties.Retry;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(
			new Retry(5, Duration.ofSeconds(2), 2.0, Duration.ofSeconds(20), 0.5));

	@RepeatedTest(20)
	void backoffGrowsExponentiallyWithJitterWithinBounds() {
		assertThat(this.policy.delay(1, null)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(this.policy.delay(2, null)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
		assertThat(this.policy.delay(3, null)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
		assertThat(this.policy.delay(10, null)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
	}

	@Test
	void retryAfterIsHonouredWhenLongerThanTheBackoff() {
		assertThat(this.policy.delay(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.policy.delay(1, Duration.ofMillis(10))).isLessThanOrEqualTo(Duration.ofSeconds(2))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void attemptsAreBounded() {
		assertThat(this.policy.allowsAnotherAttempt(4)).isTrue();
		assertThat(this.policy.allowsAnotherAttempt(5)).isFalse();
	}

}
