package com.spautopia.testsupport.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpaCalendarTests {

	@Test
	void aSaturdayLateEveningOffersTheNextOpenDayAfterSunday() {
		SpaCalendar calendar = on(LocalDateTime.of(2026, 12, 12, 23, 30));

		assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 12, 12));
		assertThat(calendar.nextOpenDay(1)).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(calendar.nextClosedDay(0)).isEqualTo(LocalDate.of(2026, 12, 13));
	}

	@Test
	void daysWhenTheClocksChangeAreSkipped() {
		SpaCalendar spring = on(LocalDateTime.of(2027, 3, 27, 10, 0));
		SpaCalendar autumn = on(LocalDateTime.of(2027, 10, 30, 10, 0));

		assertThat(spring.isOrdinary(LocalDate.of(2027, 3, 28))).isFalse();
		assertThat(autumn.isOrdinary(LocalDate.of(2027, 10, 31))).isFalse();
		assertThat(spring.nextClosedDay(0)).as("the spring-forward Sunday is passed over")
			.isEqualTo(LocalDate.of(2027, 4, 4));
		assertThat(autumn.next(1, (day) -> true)).isEqualTo(LocalDate.of(2027, 11, 1));
	}

	@Test
	void theTurnOfTheYearIsSkipped() {
		SpaCalendar calendar = on(LocalDateTime.of(2026, 12, 30, 23, 50));

		assertThat(calendar.nextOpenDay(1)).isEqualTo(LocalDate.of(2027, 1, 2));
	}

	@Test
	void weekdaysCanBeNarrowed() {
		SpaCalendar calendar = on(LocalDateTime.of(2026, 12, 6, 10, 0));

		assertThat(calendar.nextOpenDay(3, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	@Test
	void timesAreInTheSpasZone() {
		SpaCalendar calendar = on(LocalDateTime.of(2026, 7, 1, 10, 0));

		assertThat(calendar.at(LocalDate.of(2026, 7, 2), LocalTime.of(9, 0)).toOffsetDateTime())
			.hasToString("2026-07-02T09:00+02:00");
	}

	private static SpaCalendar on(LocalDateTime local) {
		return SpaCalendar
			.seeded(TestClock.frozenAt(local.atZone(SpaCalendar.SPA_ZONE).toInstant(), SpaCalendar.SPA_ZONE));
	}

}
