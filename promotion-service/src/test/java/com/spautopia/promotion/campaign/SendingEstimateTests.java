package com.spautopia.promotion.campaign;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendingEstimateTests {

	private static final PreviewProperties.Frame FRAME = new PreviewProperties.Frame("{message}", "{message}",
			"{message}", "d MMM");

	@Test
	void costIsSegmentsTimesThePriceOfOne() {
		SendingEstimate estimate = SendingEstimate.of(1_000, 2_000, rates(100, 10, "0.0450"));

		assertThat(estimate.segments()).isEqualTo(2_000);
		assertThat(estimate.cost()).isEqualByComparingTo("90.00");
		assertThat(estimate.currency()).isEqualTo("USD");
	}

	@Test
	void twilioSendsSegmentsAtTheSendersRate() {
		SendingEstimate estimate = SendingEstimate.of(1_000, 2_000, rates(100, 10, "0.05"));

		assertThat(estimate.sendingSeconds()).isEqualTo(200);
		assertThat(estimate.sendingTime()).isEqualTo("4 min");
		assertThat(estimate.finishesWithinQueueWindow()).isTrue();
		assertThat(estimate.warning()).isEmpty();
	}

	@Test
	void aSlowerPlatformRateBoundsTheSendingTime() {
		SendingEstimate estimate = SendingEstimate.of(1_000, 1_000, rates(5, 100, "0.05"));

		assertThat(estimate.sendingSeconds()).isEqualTo(200);
	}

	@Test
	void sendingThatOutlastsTheTenHourQueueWindowIsWarnedAbout() {
		SendingEstimate justInTime = SendingEstimate.of(36_000, 36_000, rates(100, 1, "0.05"));
		SendingEstimate tooLong = SendingEstimate.of(36_000, 72_000, rates(100, 1, "0.05"));

		assertThat(justInTime.finishesWithinQueueWindow()).isTrue();
		assertThat(justInTime.warning()).isEmpty();
		assertThat(tooLong.sendingTime()).isEqualTo("20 h 0 min");
		assertThat(tooLong.finishesWithinQueueWindow()).isFalse();
		assertThat(tooLong.warning()).hasValueSatisfying(
				(warning) -> assertThat(warning).contains("20 h 0 min", "10 h 0 min queue window", "30001"));
	}

	@Test
	void readableDurationsRoundUpToTheMinute() {
		assertThat(SendingEstimate.readable(Duration.ofSeconds(42))).isEqualTo("42 s");
		assertThat(SendingEstimate.readable(Duration.ofSeconds(61))).isEqualTo("2 min");
		assertThat(SendingEstimate.readable(Duration.ofMinutes(625))).isEqualTo("10 h 25 min");
		assertThat(SendingEstimate.readable(Duration.ofSeconds(3599))).isEqualTo("1 h 0 min");
	}

	private static PreviewProperties rates(double smsPerSecond, double segmentsPerSecond, String price) {
		return new PreviewProperties("Spa Utopia", smsPerSecond, segmentsPerSecond, Duration.ofHours(10),
				new BigDecimal(price), "USD", Map.of("en", FRAME));
	}

}
