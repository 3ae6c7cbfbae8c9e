package com.spautopia.notification.consent;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final QuietHours quietHours = new QuietHours(
			new QuietHoursProperties(LocalTime.of(21, 0), LocalTime.of(8, 0), Map.of()));

	@Test
	void marketingMayGoDuringTheDay() {
		assertThat(this.quietHours.deferral(Instant.parse("2026-12-01T12:00:00Z"), WARSAW)).isEmpty();
		assertThat(this.quietHours.deferral(Instant.parse("2026-12-01T07:00:00Z"), WARSAW)).isEmpty();
		assertThat(this.quietHours.deferral(Instant.parse("2026-12-01T19:59:59Z"), WARSAW)).isEmpty();
	}

	@Test
	void lateEveningDefersToEightTheNextMorning() {
		assertThat(this.quietHours.deferral(Instant.parse("2026-12-01T20:00:00Z"), WARSAW))
			.contains(Instant.parse("2026-12-02T07:00:00Z"));
		assertThat(this.quietHours.deferral(Instant.parse("2026-12-01T22:30:00Z"), WARSAW))
			.contains(Instant.parse("2026-12-02T07:00:00Z"));
	}

	@Test
	void earlyMorningDefersToEightTheSameMorning() {
		assertThat(this.quietHours.deferral(Instant.parse("2026-12-02T03:00:00Z"), WARSAW))
			.contains(Instant.parse("2026-12-02T07:00:00Z"));
	}

	@Test
	void quietHoursAreThoseOfTheRecipientsZone() {
		Instant afternoonInWarsaw = Instant.parse("2026-12-01T12:00:00Z");

		assertThat(this.quietHours.deferral(afternoonInWarsaw, WARSAW)).isEmpty();
		assertThat(this.quietHours.deferral(afternoonInWarsaw, ZoneId.of("Asia/Tokyo")))
			.contains(Instant.parse("2026-12-01T23:00:00Z"));
	}

	@Test
	void daylightSavingTimeIsRespected() {
		// 22:00 in Warsaw in summer is 20:00 UTC
		assertThat(this.quietHours.deferral(Instant.parse("2026-07-01T20:00:00Z"), WARSAW))
			.contains(Instant.parse("2026-07-02T06:00:00Z"));
	}

}
