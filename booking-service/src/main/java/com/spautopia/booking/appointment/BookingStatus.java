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
	 * The booking's state machine: requested bookings are confirmed or cancelled,
	 * confirmed ones cancelled, completed or missed; the others are final.
	 * @param next the status to change to
	 * @return whether a booking in this status may change to it
	 */
	public boolean canBecome(BookingStatus next) {
		return switch (this) {
			case REQUESTED -> next == CONFIRMED || next == CANCELLED;
			case CONFIRMED -> next == CANCELLED || next == COMPLETED || next == NO_SHOW;
			case CANCELLED, COMPLETED, NO_SHOW -> false;
		};
	}

	/**
	 * Whether the booking still holds its time: it can be cancelled (and, once confirmed,
	 * moved).
	 * @return whether it is requested or confirmed
	 */
	public boolean isOpen() {
		return canBecome(CANCELLED);
	}

	/**
	 * Whether the booking can move to another time: only once it is confirmed (its price
	 * known).
	 * @return whether it is confirmed
	 */
	public boolean canMove() {
		return this == CONFIRMED;
	}

	/**
	 * The status as people read it in messages and problem details: {@code no-show}.
	 * @return the slug
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
