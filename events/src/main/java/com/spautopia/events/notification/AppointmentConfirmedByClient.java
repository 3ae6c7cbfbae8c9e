package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.SpaEvent;

/**
 * The client replied to a reminder to say they will come.
 *
 * @param bookingId the booking the client confirmed
 * @param phone the phone number the reply came from, in E.164 form
 * @param confirmedAt when the reply arrived
 */
public record AppointmentConfirmedByClient(String bookingId, String phone, Instant confirmedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
