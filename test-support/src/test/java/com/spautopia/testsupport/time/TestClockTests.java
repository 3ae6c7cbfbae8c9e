package com.spautopia.testsupport.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TestClockTests {

	private static final Instant NOON = Instant.parse("2027-02-03T12:00:00Z");

	@Test
	void aFrozenClockReadsWhatItWasSetToUntilMoved() {
		TestClock clock = TestClock.frozenAt(NOON, ZoneOffset.UTC);

		clock.advance(Duration.ofHours(1));

		assertThat(clock.instant()).isEqualTo(NOON.plus(Duration.ofHours(1)));
		clock.setTo(NOON);
		assertThat(clock.instant()).isEqualTo(NOON);
	}

	@Test
	void aRunningClockRunsOnFromWhereItWasSet() {
		TestClock clock = TestClock.startingAt(NOON, ZoneOffset.UTC);

		await().until(() -> clock.instant().isAfter(NOON.plusMillis(20)));
		assertThat(clock.instant()).isBetween(NOON, NOON.plus(Duration.ofMinutes(1)));
	}

	@Test
	void aZoneViewMovesWithTheClock() {
		TestClock clock = TestClock.frozenAt(NOON, ZoneOffset.UTC);
		var warsaw = clock.withZone(SpaCalendar.SPA_ZONE);

		clock.setTo(NOON.plusSeconds(5));

		assertThat(warsaw.instant()).isEqualTo(NOON.plusSeconds(5));
		assertThat(warsaw.getZone()).isEqualTo(SpaCalendar.SPA_ZONE);
	}

	@Test
	void resetKeepsAFrozenClockFrozenAtTheRealTime() {
		Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
		TestClock clock = TestClock.frozenAt(longAgo, ZoneOffset.UTC);

		clock.reset();
		Instant first = clock.instant();

		assertThat(first).isAfter(longAgo);
		assertThat(clock.instant()).isEqualTo(first);
	}

}
