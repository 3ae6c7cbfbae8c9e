package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;

/**
 * A confirmed booking's price changed: a late evaluation gave the client a lower price
 * than the list price it was confirmed at, or a move was priced again at its new time (a
 * discount the new time no longer earns is gone; one it earns is given).
 *
 * @param bookingId the booking's id
 * @param appointment the appointment
 * @param client the client
 * @param previousPrice what the client was to pay before
 * @param pricing the new price and how it was reached
 * @param reason why the price changed
 * @param repricedAt when the booking was repriced
 */
public record AppointmentRepriced(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		Money previousPrice, Pricing pricing, Reason reason, Instant repricedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

	/**
	 * Why a booking's price changed.
	 */
	public enum Reason {

		/**
		 * promotion-service's evaluation arrived after the booking was confirmed at list
		 * price, and was cheaper.
		 */
		LATE_EVALUATION,

		/** The booking moved to another time and was priced again. */
		RESCHEDULED

	}

}
