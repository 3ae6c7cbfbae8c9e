package com.spautopia.notification.booking;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.InvalidEventException;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.confirmation.ConfirmationNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Decodes a booking event and hands it to the feature that handles its type.
 */
@Component
class BookingEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(BookingEventHandler.class);

	private final EventCodec codec;

	private final ConfirmationNotifier confirmations;

	BookingEventHandler(EventCodec codec, ConfirmationNotifier confirmations) {
		this.codec = codec;
		this.confirmations = confirmations;
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
		if (envelope.data() instanceof AppointmentConfirmed confirmed) {
			logger.info("Booking {} confirmed (event {})", confirmed.bookingId(), envelope.id());
			this.confirmations.onConfirmed(envelope.id(), confirmed);
		}
		else {
			logger.debug("Ignoring {} of {} (event {})", envelope.type(), envelope.subject(), envelope.id());
		}
	}

}
