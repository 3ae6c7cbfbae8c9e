package com.spautopia.notification.message;

import java.time.Duration;
import java.time.Instant;

import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.message.DispatchProperties.Retry;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private static final Instant CREATED = Instant.parse("2026-03-29T00:30:00Z");

	private final RetryPolicy policy = new RetryPolicy(
			new Retry(Duration.ofHours(6), Duration.ofSeconds(2), 2.0, Duration.ofSeconds(20), 0.5));

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
	void aConfirmationIsRetriedForHoursNotForAFewAttempts() {
		Notification confirmation = ClaimedMessages.sms(Purpose.CONFIRMATION, CREATED,
				CREATED.plus(Duration.ofDays(9)));

		assertThat(this.policy.deadline(confirmation)).isEqualTo(CREATED.plus(Duration.ofHours(6)));
		assertThat(this.policy.nextAttempt(confirmation, CREATED.plus(Duration.ofHours(5)), null)).isPresent();
		assertThat(this.policy.nextAttempt(confirmation, CREATED.plus(Duration.ofHours(6)), null)).isEmpty();
	}

	@Test
	void aConfirmationIsNotRetriedPastTheStart() {
		Notification confirmation = ClaimedMessages.sms(Purpose.CONFIRMATION, CREATED,
				CREATED.plus(Duration.ofHours(1)));

		assertThat(this.policy.deadline(confirmation)).isEqualTo(CREATED.plus(Duration.ofHours(1)));
	}

	@Test
	void aReminderOrAnOfferIsRetriedUntilItIsNoLongerUseful() {
		Instant notAfter = CREATED.plus(Duration.ofHours(20));
		Notification reminder = ClaimedMessages.sms(Purpose.REMINDER, CREATED, notAfter);
		Notification offer = ClaimedMessages.sms(Purpose.OFFER, CREATED, notAfter);

		assertThat(this.policy.deadline(reminder)).isEqualTo(notAfter);
		assertThat(this.policy.deadline(offer)).isEqualTo(notAfter);
		assertThat(this.policy.nextAttempt(reminder, notAfter.minus(Duration.ofMinutes(1)), Duration.ofMinutes(2)))
			.isEmpty();
		assertThat(this.policy.nextAttempt(reminder, notAfter.minus(Duration.ofMinutes(1)), null)).isPresent();
	}

}
