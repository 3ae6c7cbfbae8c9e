package com.spautopia.booking.appointment;

import java.util.Locale;

/**
 * Where a booking is in its life.
 */
public enum BookingStatus {

	/** Accepted and holding its time; waiting for its price. */
	REQUESTED,

	/** Priced and confirmed to the client. */
	CONFIRMED,

	CANCELLED, COMPLETED, NO_SHOW;

	/**
	 * The status as people read it in messages and problem details: {@code no-show}.
	 * @return the slug
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
