package com.spautopia.booking.booking;

/**
 * Where a booking is in its life.
 */
public enum BookingStatus {

	/** Accepted and holding its time; waiting for its price. */
	REQUESTED,

	/** Priced and confirmed to the client. */
	CONFIRMED,

	CANCELLED, COMPLETED, NO_SHOW

}
