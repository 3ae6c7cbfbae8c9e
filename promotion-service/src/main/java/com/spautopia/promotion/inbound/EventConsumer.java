package com.spautopia.promotion.inbound;

import java.util.function.Consumer;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;

/**
 * What the listeners share: a Kafka message decoded into a CloudEvents envelope of the
 * contract; a type the contract does not know is skipped, a malformed message raises
 * {@link com.spautopia.events.InvalidEventException}, which the bindings dead-letter
 * without retrying.
 */
abstract class EventConsumer implements Consumer<Message<byte[]>> {

	private static final Logger logger = LoggerFactory.getLogger(EventConsumer.class);

	private final EventCodec codec;

	EventConsumer(EventCodec codec) {
		this.codec = codec;
	}

	@Override
	public final void accept(Message<byte[]> message) {
		this.codec.decode(message.getHeaders(), message.getPayload())
			.ifPresentOrElse(this::handle, () -> logger.debug("Ignoring an event of a type unknown to this contract"));
	}

	/**
	 * Handles one event.
	 * @param envelope the event and its attributes
	 */
	abstract void handle(EventEnvelope<SpaEvent> envelope);

}
