package com.spautopia.booking.schedule;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A resource's time held by one booking: a therapist's or a room's with the cleanup
 * buffer included, a client's without.
 *
 * @param bookingId the booking holding it
 * @param start the appointment's start
 * @param end the appointment's end, plus the cleanup buffer on a therapist or room
 * @param heldAt when the time was claimed; {@code null} until it is, and on holds stored
 * before this was recorded
 */
public record Reservation(String bookingId, Instant start, Instant end, @Nullable Instant heldAt) {

	@PersistenceCreator
	public Reservation {
	}

	public Reservation(String bookingId, Instant start, Instant end) {
		this(bookingId, start, end, null);
	}

	public boolean overlaps(Instant otherStart, Instant otherEnd) {
		return this.start.isBefore(otherEnd) && this.end.isAfter(otherStart);
	}

	Reservation heldSince(Instant at) {
		return new Reservation(this.bookingId, this.start, this.end, at);
	}

}
