package com.spautopia.booking.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.events.EventCodec;
import com.spautopia.events.SpaEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Makes the outbox entries of changes: each records the event and the trace the change
 * happened in (the HTTP request, the Kafka record consumed), so that the event, published
 * later by the {@link OutboxRelay}, continues that trace.
 * <p>
 * A document with events waiting carries, besides its {@code outbox} array, the field
 * {@value #PENDING_SINCE}: when the oldest of them happened. It is absent when nothing
 * waits, so the relay and the metrics find waiting events through a partial index on it
 * (declared by each document class with an outbox) instead of scanning the collection.
 */
@Component
public class Outbox {

	/**
	 * The pending flag: when the oldest waiting event happened; absent when none waits.
	 */
	public static final String PENDING_SINCE = "outboxSince";

	/** When the relay last published events of the document. */
	public static final String PUBLISHED_AT = "publishedAt";

	private final EventCodec codec;

	private final Tracer tracer;

	private final Propagator propagator;

	private final ApplicationEventPublisher events;

	Outbox(EventCodec codec, Tracer tracer, ObjectProvider<Propagator> propagator, ApplicationEventPublisher events) {
		this.events = events;
		this.codec = codec;
		this.tracer = tracer;
		this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
	}

	/**
	 * The entry of an event caused by a change happening now, in the current trace.
	 * @param event the event
	 * @param occurredAt when the change happened
	 * @return the entry to store with the change
	 */
	public OutboxEntry entry(SpaEvent event, Instant occurredAt) {
		return OutboxEntry.of(event, this.codec, occurredAt, currentTraceContext());
	}

	/**
	 * The pending flag of a document whose outbox holds these entries.
	 * @param outbox the entries, oldest first
	 * @return when the oldest happened, or {@code null} when none waits
	 */
	public static @Nullable Instant pendingSince(List<OutboxEntry> outbox) {
		return outbox.isEmpty() ? null : outbox.getFirst().occurredAt();
	}

	/**
	 * Adds an entry to a document's outbox in an update, keeping its pending flag.
	 * @param update the update of the document's change
	 * @param entry the entry of the change's event
	 * @return the update
	 */
	public static Update append(Update update, OutboxEntry entry) {
		return update.push("outbox", entry).min(PENDING_SINCE, entry.occurredAt());
	}

	/**
	 * Says that an update has just appended an entry to a document's outbox, so the relay
	 * publishes it at once rather than at its next poll. (Inserting or saving a document
	 * with entries needs no word: the relay sees those writes.)
	 */
	public void written() {
		this.events.publishEvent(OutboxWritten.INSTANCE);
	}

	private Map<String, String> currentTraceContext() {
		Span span = this.tracer.currentSpan();
		if (span == null) {
			return Map.of();
		}
		Map<String, String> fields = new LinkedHashMap<>();
		this.propagator.inject(span.context(), fields, Map::put);
		return fields;
	}

}
