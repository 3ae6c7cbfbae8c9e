package com.spautopia.notification.booking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.InvalidEventException;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentChange;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.notification.delivery.TraceContexts;
import com.spautopia.notification.erasure.ClientDataErasure;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.Notifications;
import com.spautopia.notification.notice.AppointmentNotices;
import com.spautopia.notification.reminder.ReminderPlanner;
import com.spautopia.notification.waitlist.WaitlistOfferMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Handles the booking events of a batch in order: decodes each, applies it to the
 * appointment it is about and, if it is the latest one, sends its notices and plans,
 * re-plans or drops the reminders. A replayed or redelivered event sends nothing new:
 * every message it causes has an id derived from the event's id. {@link ClientErased}
 * erases the client's personal data. A waitlist offer is messaged to its client, and its
 * messages not sent yet are withdrawn when it ends.
 * <p>
 * The new messages and first reminders of the batch's events are recorded together at its
 * end, one write per collection, or earlier when a later event of the same booking or an
 * erasure needs them recorded first. Whatever fails, the batch resumes from the first
 * event whose work is not recorded (the error handler retries it and dead-letters it if
 * it keeps failing); everything before it is done.
 */
@Component
class BookingEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(BookingEventHandler.class);

	private final EventCodec codec;

	private final Appointments appointments;

	private final AppointmentNotices notices;

	private final Notifications notifications;

	private final ReminderPlanner reminders;

	private final ClientDataErasure erasure;

	private final TraceContexts traces;

	private final WaitlistOfferMessages waitlistOffers;

	BookingEventHandler(EventCodec codec, Appointments appointments, AppointmentNotices notices,
			Notifications notifications, ReminderPlanner reminders, ClientDataErasure erasure, TraceContexts traces,
			WaitlistOfferMessages waitlistOffers) {
		this.waitlistOffers = waitlistOffers;
		this.codec = codec;
		this.appointments = appointments;
		this.notices = notices;
		this.notifications = notifications;
		this.reminders = reminders;
		this.erasure = erasure;
		this.traces = traces;
	}

	/**
	 * Handles a batch of records of the booking topic.
	 * @param batch the records' values, with their headers in
	 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}
	 * @throws BatchListenerFailedException naming the first record not handled; its cause
	 * is an {@link InvalidEventException} (not retried: dead-lettered) if that record is
	 * not a valid event
	 */
	void handle(Message<List<byte[]>> batch) {
		List<byte[]> values = batch.getPayload();
		List<Map<String, Object>> headers = headers(batch);
		PendingWrites pending = new PendingWrites(this.notifications.newBatch());
		for (int index = 0; index < values.size(); index++) {
			Map<String, Object> recordHeaders = headers.get(index);
			byte[] value = values.get(index);
			int at = index;
			try {
				this.traces.receiving("spa.booking.event", recordHeaders)
					.observe(() -> handle(at, recordHeaders, value, pending));
			}
			catch (BatchListenerFailedException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				write(pending);
				throw new BatchListenerFailedException("Booking event " + index + " of the batch failed", ex, index);
			}
		}
		write(pending);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> headers(Message<List<byte[]>> batch) {
		Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
		if (!(headers instanceof List<?> list) || list.size() != batch.getPayload().size()) {
			throw new IllegalStateException(
					"A batch of " + batch.getPayload().size() + " records without their headers");
		}
		return (List<Map<String, Object>>) list;
	}

	private void handle(int index, Map<String, Object> headers, byte[] value, PendingWrites pending) {
		this.codec.decode(headers, value)
			.ifPresentOrElse((envelope) -> dispatch(index, envelope, pending),
					() -> logger.debug("Ignoring an event of a type this service does not know"));
	}

	private void dispatch(int index, EventEnvelope<SpaEvent> envelope, PendingWrites pending) {
		if (envelope.data() instanceof ClientErased erased) {
			// the messages of the client's earlier events are recorded first, then erased
			write(pending);
			this.erasure.erase(erased);
			return;
		}
		if (envelope.data() instanceof WaitlistOfferMade offer) {
			pending.add(index, offer.bookingId(), this.waitlistOffers.messages(envelope.id(), offer), null);
			return;
		}
		if (envelope.data() instanceof WaitlistOfferEnded ended) {
			// the offer's messages are recorded first, then withdrawn
			if (pending.concerns(ended.bookingId())) {
				write(pending);
			}
			logger.info("Waitlist offer {} of booking {} ended: {} (event {})", ended.offerId(), ended.bookingId(),
					ended.outcome(), envelope.id());
			this.waitlistOffers.withdraw(ended);
			return;
		}
		Optional<AppointmentChange> change = AppointmentChange.of(envelope.data());
		if (change.isEmpty()) {
			logger.debug("Ignoring {} of {} (event {})", envelope.type(), envelope.subject(), envelope.id());
			return;
		}
		if (pending.concerns(change.get().bookingId())) {
			// a booking's events act in order: its earlier event's work is recorded first
			write(pending);
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
		boolean sameTime = sameTime(envelope.data());
		if (!(envelope.data() instanceof AppointmentConfirmed) && !sameTime) {
			// what the earlier events of the booking said no longer holds: their messages
			// still waiting or being retried must not reach the client after this one's
			this.notifications.supersede(appointment.bookingId(), String.valueOf(envelope.type()));
		}
		List<NotificationRequest> notices = this.notices.notices(envelope.id(), envelope.data(), appointment);
		switch (appointment.state()) {
			// a new price or language changes what later messages say, not the reminders'
			// times
			case ACTIVE -> pending.add(index, appointment.bookingId(), notices,
					sameTime ? null : this.reminders.firstPlan(appointment));
			case CANCELLED -> {
				pending.add(index, appointment.bookingId(), notices, null);
				this.reminders.drop(appointment.bookingId(), "the appointment was cancelled");
			}
			case COMPLETED, NO_SHOW -> {
				pending.add(index, appointment.bookingId(), notices, null);
				this.reminders.drop(appointment.bookingId(), "the appointment is over");
			}
		}
	}

	/**
	 * Whether the event leaves the appointment where it was: what was said about it still
	 * holds, and its reminders stay as planned.
	 */
	private static boolean sameTime(SpaEvent event) {
		return event instanceof AppointmentRepriced || event instanceof AppointmentLanguageChanged;
	}

	/**
	 * Records the pending messages and reminders.
	 * @throws BatchListenerFailedException naming the first event they came from
	 */
	private void write(PendingWrites pending) {
		if (pending.isEmpty()) {
			return;
		}
		try {
			this.notifications.submit(pending.notifications());
			this.reminders.planAll(pending.plans());
		}
		catch (RuntimeException ex) {
			throw new BatchListenerFailedException("Recording the messages and reminders of booking events failed", ex,
					pending.firstIndex());
		}
		pending.clear();
	}

}
