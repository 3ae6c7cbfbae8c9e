package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * A client asked for an appointment; it waits for pricing before it is confirmed.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment asked for
 * @param client the client
 * @param promoCode the promo code the client entered, if any
 * @param requestedAt when the request was accepted
 * @param bookedByStaff the member of staff who booked for the client (at the desk or on
 * the phone): the subject of their access token; absent when the client booked online
 * (and in events of producers older than the field)
 * @param fillsSlotFreedBy the booking whose freed time this request books (a waitlist
 * claim, or a booking of freed time), so last-minute promotions can apply; absent for any
 * other request
 */
public record AppointmentRequested(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		@Nullable String promoCode, Instant requestedAt, @Nullable String bookedByStaff,
		@Nullable String fillsSlotFreedBy) implements SpaEvent {

	/**
	 * A request that books no freed time.
	 * @param bookingId the booking's id
	 * @param appointment the appointment asked for
	 * @param client the client
	 * @param promoCode the promo code the client entered, if any
	 * @param requestedAt when the request was accepted
	 * @param bookedByStaff the member of staff who booked for the client, if any
	 */
	public AppointmentRequested(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
			@Nullable String promoCode, Instant requestedAt, @Nullable String bookedByStaff) {
		this(bookingId, appointment, client, promoCode, requestedAt, bookedByStaff, null);
	}

	/**
	 * A request the client made themselves.
	 * @param bookingId the booking's id
	 * @param appointment the appointment asked for
	 * @param client the client
	 * @param promoCode the promo code the client entered, if any
	 * @param requestedAt when the request was accepted
	 */
	public AppointmentRequested(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
			@Nullable String promoCode, Instant requestedAt) {
		this(bookingId, appointment, client, promoCode, requestedAt, null, null);
	}

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
