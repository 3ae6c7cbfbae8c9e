package com.spautopia.booking.appointment;

import java.time.Instant;

import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.events.booking.SlotFreed;
import org.jspecify.annotations.Nullable;

/**
 * When a change frees booked time for the waitlist, and why.
 */
final class FreedTime {

	private FreedTime() {
	}

	/**
	 * Why a cancellation freed its time: a release of a booking the client did not
	 * confirm in time, or a cancellation.
	 * @param by who cancelled
	 * @param reason the reason given
	 * @return the reason for SlotFreed
	 */
	static SlotFreed.Reason cancelled(CancelledBy by, @Nullable String reason) {
		return (by == CancelledBy.SYSTEM && AppointmentCancelled.RELEASED_UNCONFIRMED.equals(reason))
				? SlotFreed.Reason.RELEASED_UNCONFIRMED : SlotFreed.Reason.CANCELLED;
	}

	/**
	 * Whether freed time is worth offering: only time that has not started yet.
	 * @param start the freed time's start
	 * @param now when it is freed
	 * @return whether it starts after now
	 */
	static boolean worthOffering(Instant start, Instant now) {
		return start.isAfter(now);
	}

}
