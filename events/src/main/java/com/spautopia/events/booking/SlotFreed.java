package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.SpaEvent;

/**
 * Time that was booked is free again: the waitlist can offer it. Published by
 * booking-service after the change that freed it (the cancellation, the move, the release
 * of an unconfirmed booking, a no-show's cancelled follow-ups).
 *
 * @param bookingId the booking whose time was freed (the chain of offers that follows is
 * filed under it)
 * @param reason why the time is free
 * @param freed the time freed, as the booking held it: treatment, therapist, start, end,
 * room and list price
 * @param freedAt when it was freed
 */
public record SlotFreed(String bookingId, Reason reason, AppointmentDetails freed,
		Instant freedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

	/**
	 * Why booked time became free.
	 */
	public enum Reason {

		/** The booking was cancelled. */
		CANCELLED,

		/** The booking moved to another time. */
		RESCHEDULED,

		/** The client did not confirm in time and the booking was released. */
		RELEASED_UNCONFIRMED,

		/** A follow-up booking was cancelled after the client did not show up. */
		NO_SHOW

	}

}
