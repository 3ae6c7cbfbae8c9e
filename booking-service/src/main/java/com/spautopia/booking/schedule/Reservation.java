package com.spautopia.booking.schedule;

import java.time.Instant;

/**
 * A therapist's time held by one booking, cleanup buffer included.
 *
 * @param bookingId the booking holding it
 * @param start the appointment's start
 * @param end the appointment's end plus the cleanup buffer
 */
public record Reservation(String bookingId, Instant start, Instant end) {

	public boolean overlaps(Instant otherStart, Instant otherEnd) {
		return this.start.isBefore(otherEnd) && this.end.isAfter(otherStart);
	}

}
