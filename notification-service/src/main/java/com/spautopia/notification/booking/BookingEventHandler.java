package com.spautopia.notification.booking;

import java.util.Optional;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.InvalidEventException;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentChange;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.notification.erasure.ClientDataErasure;
import com.spautopia.notification.notice.AppointmentNotices;
import com.spautopia.notification.reminder.ReminderPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Decodes a booking event, applies it to the appointment it is about and, if it is the
 * latest one, sends its notices and plans, re-plans or drops the reminders. A replayed or
 * redelivered event sends nothing new: every message it causes has an id derived from the
 * event's id. {@link ClientErased} erases the client's personal data.
 */
@Component
class BookingEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(BookingEventHandler.class);

	private final EventCodec codec;

	private final Appointments appointments;

	private final AppointmentNotices notices;

	private final ReminderPlanner reminders;

	private final ClientDataErasure erasure;

	BookingEventHandler(EventCodec codec, Appointments appointments, AppointmentNotices notices,
			ReminderPlanner reminders, ClientDataErasure erasure) {
		this.codec = codec;
		this.appointments = appointments;
		this.notices = notices;
		this.reminders = reminders;
		this.erasure = erasure;
	}

	/**
	 * Handles one record of the booking topic.
	 * @param message the record
	 * @throws InvalidEventException if the record is not a valid event; it goes to the
	 * dead-letter topic without retries
	 */
	void handle(Message<byte[]> message) {
		this.codec.decode(message.getHeaders(), message.getPayload())
			.ifPresentOrElse(this::dispatch,
					() -> logger.debug("Ignoring an event of a type this service does not know"));
	}

	private void dispatch(EventEnvelope<SpaEvent> envelope) {
		if (envelope.data() instanceof ClientErased erased) {
			this.erasure.erase(erased);
			return;
		}
		Optional<AppointmentChange> change = AppointmentChange.of(envelope.data());
		if (change.isEmpty()) {
			logger.debug("Ignoring {} of {} (event {})", envelope.type(), envelope.subject(), envelope.id());
			return;
		}
		Optional<Appointment> applied = this.appointments.apply(envelope.id(), envelope.time().toInstant(),
				change.get());
		if (applied.isEmpty()) {
			logger.info("Ignoring {} of booking {} (event {}): a newer event was applied", envelope.type(),
					envelope.subject(), envelope.id());
			return;
		}
		Appointment appointment = applied.get();
		logger.info("Booking {}: {} (event {})", appointment.bookingId(), envelope.type(), envelope.id());
		this.notices.notify(envelope.id(), envelope.data(), appointment);
		switch (appointment.state()) {
			case ACTIVE -> this.reminders.plan(appointment);
			case CANCELLED -> this.reminders.drop(appointment.bookingId(), "the appointment was cancelled");
			case COMPLETED, NO_SHOW -> this.reminders.drop(appointment.bookingId(), "the appointment is over");
		}
	}

}
