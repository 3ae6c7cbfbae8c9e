package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;

/**
 * The client chose another language for the messages about a confirmed appointment (on
 * the manage page): later messages, reminders included, are in it.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment
 * @param client the client, with the language chosen
 * @param changedAt when
 */
public record AppointmentLanguageChanged(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		Instant changedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
