package com.spautopia.booking.spa;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import com.spautopia.booking.spa.BookingsOnDay.DayBooking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureConflictsTest {

	private final DayBooking nineToTen = booking("nine", "09:00", "10:00");

	private final DayBooking elevenToNoon = booking("eleven", "11:00", "12:00");

	private final DayBooking fourToFive = booking("four", "16:00", "17:00");

	private final List<DayBooking> day = List.of(this.nineToTen, this.elevenToNoon, this.fourToFive);

	@Test
	void aDayClosedAllDayConflictsWithEveryBooking() {
		assertThat(ClosureConflicts.of(null, this.day)).containsExactlyElementsOf(this.day);
	}

	@Test
	void specialHoursConflictOnlyWithBookingsOutsideThem() {
		DayHours shortDay = new DayHours(LocalTime.of(10, 0), LocalTime.of(16, 30));

		assertThat(ClosureConflicts.of(shortDay, this.day)).containsExactly(this.nineToTen, this.fourToFive);
	}

	@Test
	void aBookingEndingExactlyAtClosingOrStartingAtOpeningFits() {
		DayHours shortDay = new DayHours(LocalTime.of(9, 0), LocalTime.of(12, 0));

		assertThat(ClosureConflicts.of(shortDay, List.of(this.nineToTen, this.elevenToNoon))).isEmpty();
		assertThat(ClosureConflicts.of(shortDay, List.of())).isEmpty();
	}

	private static DayBooking booking(String id, String start, String end) {
		return new DayBooking(id, OffsetDateTime.parse("2027-02-06T" + start + ":00+01:00"),
				OffsetDateTime.parse("2027-02-06T" + end + ":00+01:00"), "swedish", List.of("maria-nowak"), "lavender",
				"CONFIRMED");
	}

}
