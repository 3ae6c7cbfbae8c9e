package com.spautopia.booking.schedule;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When time may be held for a booking. Time overlapping any other hold is refused, a hold
 * of the same booking included: two requests moving one booking to the same time cannot
 * both hold it. The one exception is the booking's own current time (the time it is being
 * moved from), so that a booking can move to a time overlapping its old one.
 */
final class ClaimRules {

	private ClaimRules() {
	}

	/**
	 * Whether time can be held.
	 * @param held what is held on the resource's day
	 * @param wanted the time wanted, for its booking
	 * @param ownCurrentStart the start of the booking's current time on this resource, or
	 * {@code null} if it holds none here
	 * @return whether nothing held conflicts
	 */
	static boolean canHold(List<Reservation> held, Reservation wanted, @Nullable Instant ownCurrentStart) {
		return held.stream().noneMatch((hold) -> conflicts(hold, wanted, ownCurrentStart));
	}

	private static boolean conflicts(Reservation hold, Reservation wanted, @Nullable Instant ownCurrentStart) {
		boolean ownCurrentTime = hold.bookingId().equals(wanted.bookingId()) && hold.start().equals(ownCurrentStart);
		return !ownCurrentTime && hold.overlaps(wanted.start(), wanted.end());
	}

}
