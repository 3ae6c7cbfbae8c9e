package com.spautopia.booking.spa;

import java.util.List;

import com.spautopia.booking.spa.BookingsOnDay.DayBooking;
import org.jspecify.annotations.Nullable;

/**
 * Which bookings a closure would leave outside the spa's hours: every booking of a day
 * closed all day, and those that do not fit a day's special hours.
 */
final class ClosureConflicts {

	private ClosureConflicts() {
	}

	/**
	 * The bookings outside the hours.
	 * @param hours the day's special hours, or {@code null} when it is closed all day
	 * @param bookings the day's bookings
	 * @return those that do not fit, earliest first
	 */
	static List<DayBooking> of(@Nullable DayHours hours, List<DayBooking> bookings) {
		return bookings.stream()
			.filter((booking) -> hours == null || !booking.start().toLocalDate().equals(booking.end().toLocalDate())
					|| !hours.fits(booking.start().toLocalTime(), booking.end().toLocalTime()))
			.toList();
	}

}
