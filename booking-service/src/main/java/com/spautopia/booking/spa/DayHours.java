package com.spautopia.booking.spa;

import java.time.LocalTime;

/**
 * The spa's hours on one day.
 *
 * @param opens when the first appointment may start
 * @param closes when the last appointment must have ended
 */
public record DayHours(LocalTime opens, LocalTime closes) {

	/**
	 * Whether an appointment fits these hours.
	 * @param start its local start
	 * @param end its local end
	 * @return whether it starts at opening or later and ends by closing
	 */
	public boolean fits(LocalTime start, LocalTime end) {
		return !start.isBefore(this.opens) && !end.isAfter(this.closes) && end.isAfter(start);
	}

}
