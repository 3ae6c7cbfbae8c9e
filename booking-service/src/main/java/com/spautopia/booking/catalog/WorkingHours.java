package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A therapist's hours on one day of the week, with breaks.
 *
 * @param day the day of the week
 * @param start when work starts
 * @param end when work ends
 * @param breaks the breaks within those hours
 */
public record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end, List<TimeRange> breaks) {

	public WorkingHours {
		breaks = List.copyOf(breaks);
	}

	/**
	 * Whether an appointment from {@code from} to {@code to} fits these hours and misses
	 * every break.
	 * @param from the local start
	 * @param to the local end
	 * @return whether it fits
	 */
	public boolean fits(LocalTime from, LocalTime to) {
		if (from.isBefore(this.start) || to.isAfter(this.end) || !to.isAfter(from)) {
			return false;
		}
		return this.breaks.stream().noneMatch((pause) -> pause.overlaps(from, to));
	}

	/**
	 * A range of local times.
	 *
	 * @param start the start
	 * @param end the end
	 */
	public record TimeRange(LocalTime start, LocalTime end) {

		boolean overlaps(LocalTime from, LocalTime to) {
			return from.isBefore(this.end) && to.isAfter(this.start);
		}

	}

}
