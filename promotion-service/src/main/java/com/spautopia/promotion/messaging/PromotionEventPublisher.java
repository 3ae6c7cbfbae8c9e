package com.spautopia.promotion.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.spautopia.events.EventCodec;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SpaEvent;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes promotion events through the {@value #BINDING} binding, whose destination is
 * the promotion topic. The send is synchronous (see application.yml), so a failure
 * reaches the caller and, from a consumer, triggers a retry.
 */
@Component
public class PromotionEventPublisher {

	static final String BINDING = "promotionEvents";

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	PromotionEventPublisher(StreamBridge streamBridge, EventCodec codec) {
		this.streamBridge = streamBridge;
		this.codec = codec;
	}

	/**
	 * Publishes an event keyed by its aggregate id.
	 * @param event the event
	 * @param eventId the CloudEvents {@code id}; re-publishing an event keeps its id so
	 * that consumers de-duplicate it
	 * @param time when the event happened
	 */
	public void publish(SpaEvent event, String eventId, Instant time) {
		KafkaEventMessage encoded = this.codec.encode(event, eventId, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
		Message<byte[]> message = MessageBuilder.withPayload(encoded.payload())
			.copyHeaders(encoded.headers())
			.setHeader(KafkaHeaders.KEY, encoded.key().getBytes(StandardCharsets.UTF_8))
			.build();
		if (!this.streamBridge.send(BINDING, message)) {
			throw new IllegalStateException("Could not publish event " + eventId + " to binding " + BINDING);
		}
	}

}
