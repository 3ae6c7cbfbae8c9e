package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;

/**
 * The client did not come.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment
 * @param client the client
 * @param recordedAt when staff recorded the no-show
 */
public record AppointmentNoShow(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		Instant recordedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
