package com.spautopia.booking.appointment;

import java.time.Instant;
import java.util.List;

import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Room;
import com.spautopia.booking.schedule.Claim;

/**
 * What a booking holds at a new time once {@link BookingTimes#claim} succeeded: its
 * therapists, its room and its client's time.
 *
 * @param slot the start and the therapists
 * @param room the room
 * @param claims the time newly held, to free again if the booking (or its move) is not
 * stored; time the booking already held there and keeps is not among it
 */
record Held(Slot slot, Room room, List<Claim> claims) {

	Held {
		claims = List.copyOf(claims);
	}

	Instant start() {
		return this.slot.start().toInstant();
	}

	Instant end() {
		return this.slot.end().toInstant();
	}

}
