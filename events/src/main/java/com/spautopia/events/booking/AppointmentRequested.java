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
 */
public record AppointmentRequested(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		@Nullable String promoCode, Instant requestedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
