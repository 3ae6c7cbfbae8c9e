package com.spautopia.booking.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfferTimingTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final OfferTiming TIMING = new OfferTiming(Duration.ofMinutes(15), Duration.ofHours(2),
			LocalTime.of(21, 0), LocalTime.of(8, 0));

	private static final LocalDate DAY = LocalDate.of(2030, 3, 5);

	@Test
	void offeredAtOnceWhenTheHoldAndTheNoticeFitBeforeTheStart() {
		Instant now = at(DAY, "10:00");

		assertThat(TIMING.offerAt(at(DAY, "12:15"), now, WARSAW)).hasValue(now);
		assertThat(TIMING.expiresAt(now)).isEqualTo(at(DAY, "10:15"));
	}

	@Test
	void notOfferedWhenTheStartIsCloserThanTheHoldPlusTheNotice() {
		assertThat(TIMING.offerAt(at(DAY, "12:14"), at(DAY, "10:00"), WARSAW)).isEmpty();
	}

	@Test
	void inQuietHoursTheOfferWaitsForTheirEnd() {
		assertThat(TIMING.offerAt(at(DAY.plusDays(1), "15:00"), at(DAY, "22:30"), WARSAW))
			.hasValue(at(DAY.plusDays(1), "08:00"));
		assertThat(TIMING.offerAt(at(DAY, "15:00"), at(DAY, "06:00"), WARSAW)).hasValue(at(DAY, "08:00"));
		assertThat(TIMING.offerAt(at(DAY.plusDays(1), "15:00"), at(DAY, "21:00").minusSeconds(1), WARSAW))
			.hasValue(at(DAY, "21:00").minusSeconds(1));
	}

	@Test
	void timeTooCloseOnceQuietHoursEndIsNotOffered() {
		assertThat(TIMING.offerAt(at(DAY.plusDays(1), "10:00"), at(DAY, "23:00"), WARSAW)).isEmpty();
		assertThat(TIMING.offerAt(at(DAY.plusDays(1), "10:15"), at(DAY, "23:00"), WARSAW))
			.hasValue(at(DAY.plusDays(1), "08:00"));
	}

	@Test
	void quietHoursFollowTheSpasZoneAcrossDaylightSaving() {
		// Europe/Warsaw moves to summer time on 2030-03-31 at 02:00
		LocalDate change = LocalDate.of(2030, 3, 31);
		Instant lateOnSaturday = at(change.minusDays(1), "23:30");

		assertThat(TIMING.offerAt(at(change, "16:00"), lateOnSaturday, WARSAW)).hasValue(at(change, "08:00"));
		assertThat(Duration.between(lateOnSaturday, at(change, "08:00"))).isEqualTo(Duration.ofMinutes(450));
	}

	private static Instant at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(WARSAW).toInstant();
	}

}
