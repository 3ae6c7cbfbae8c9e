package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;

/**
 * The client came and the treatment was given.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment
 * @param client the client
 * @param finalPrice what the client paid
 * @param completedAt when staff marked it completed
 */
public record AppointmentCompleted(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		Money finalPrice, Instant completedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
