package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * A booking is confirmed at its final price.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment
 * @param client the client
 * @param pricing the final price and how it was reached
 * @param manageUrl the link where the client views, reschedules or cancels the booking
 * @param shortManageUrl a short link that redirects to {@code manageUrl}, for SMS; absent
 * in events of producers older than the field
 * @param confirmedAt when the booking was confirmed
 */
public record AppointmentConfirmed(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		Pricing pricing, String manageUrl, @Nullable String shortManageUrl, Instant confirmedAt) implements SpaEvent {

	public AppointmentConfirmed(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
			Pricing pricing, String manageUrl, Instant confirmedAt) {
		this(bookingId, appointment, client, pricing, manageUrl, null, confirmedAt);
	}

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
