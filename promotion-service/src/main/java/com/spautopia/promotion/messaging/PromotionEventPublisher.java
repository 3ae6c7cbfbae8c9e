package com.spautopia.promotion.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

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
 * reaches the caller and, from a consumer, triggers a retry. The events of a batch are
 * sent concurrently (virtual threads, each waiting for its own acknowledgement), so the
 * producer sends them in a few requests instead of one round trip each; the idempotent
 * producer keeps each partition's order, and a caller never has two different events of
 * one key in flight at once.
 */
@Component
public class PromotionEventPublisher {

	static final String BINDING = "promotionEvents";

	/** Sends of a batch in flight at once. */
	private static final int CONCURRENCY = 256;

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	private final TraceContexts traces;

	PromotionEventPublisher(StreamBridge streamBridge, EventCodec codec, TraceContexts traces) {
		this.streamBridge = streamBridge;
		this.codec = codec;
		this.traces = traces;
	}

	/**
	 * Publishes events and waits until the broker has each of them.
	 * @param publications the events; those of one key must be the same event (the
	 * answers to a redelivered event), as they may reach the topic in any order
	 * @throws RuntimeException the first failure, once every send has ended
	 */
	public void publishAll(List<Publication> publications) {
		Semaphore inFlight = new Semaphore(CONCURRENCY);
		List<Future<?>> sends = new ArrayList<>(publications.size());
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Publication publication : publications) {
				inFlight.acquireUninterruptibly();
				sends.add(executor.submit(() -> {
					try {
						this.traces.continuing("spa.promotion.publish", publication.trace())
							.observe(() -> publish(publication.event(), publication.eventId(), publication.time()));
					}
					finally {
						inFlight.release();
					}
				}));
			}
		}
		RuntimeException failure = null;
		for (Future<?> send : sends) {
			try {
				send.get();
			}
			catch (ExecutionException ex) {
				failure = (failure != null) ? failure
						: (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = new IllegalStateException("Interrupted while publishing events", ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
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

	/**
	 * An event to publish.
	 *
	 * @param event the event, keyed by its aggregate id
	 * @param eventId its CloudEvents {@code id}
	 * @param time when it happened
	 * @param trace the propagation fields of the trace it continues (none: a new trace)
	 */
	public record Publication(SpaEvent event, String eventId, Instant time, Map<String, String> trace) {

	}

}
