package com.spautopia.promotion.pricing;

import java.util.function.Consumer;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The {@code bookingEvents} function: prices every {@link AppointmentRequested} read from
 * the booking topic and ignores the other booking events. A malformed message raises
 * {@link com.spautopia.events.InvalidEventException}, which the binding does not retry
 * but dead-letters.
 */
@Component("bookingEvents")
class BookingEventsListener implements Consumer<Message<byte[]>> {

	private static final Logger logger = LoggerFactory.getLogger(BookingEventsListener.class);

	private final EventCodec codec;

	private final BookingPricing pricing;

	BookingEventsListener(EventCodec codec, BookingPricing pricing) {
		this.codec = codec;
		this.pricing = pricing;
	}

	@Override
	public void accept(Message<byte[]> message) {
		this.codec.decode(message.getHeaders(), message.getPayload())
			.ifPresentOrElse(this::handle, () -> logger.debug("Ignoring an event of a type unknown to this contract"));
	}

	private void handle(EventEnvelope<SpaEvent> envelope) {
		if (envelope.data() instanceof AppointmentRequested request) {
			this.pricing.price(request);
		}
		else {
			logger.debug("Ignoring {} event {}", envelope.type().typeName(), envelope.id());
		}
	}

}
