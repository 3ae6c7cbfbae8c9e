package com.spautopia.booking.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.spautopia.events.EventCodec;
import com.spautopia.events.SpaEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes the outbox entries of changes: each records the event and the trace the change
 * happened in (the HTTP request, the Kafka record consumed), so that the event, published
 * later by the {@link OutboxRelay}, continues that trace.
 */
@Component
public class Outbox {

	private final EventCodec codec;

	private final Tracer tracer;

	private final Propagator propagator;

	Outbox(EventCodec codec, Tracer tracer, ObjectProvider<Propagator> propagator) {
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
