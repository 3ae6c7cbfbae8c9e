package com.spautopia.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Carries traces across work that waits in MongoDB (a message due later, a reminder): the
 * current trace is stored with the work as propagation fields (W3C {@code traceparent},
 * ...), and the work continues that trace when it is done, whichever thread or instance
 * does it.
 */
@Component
public class TraceContexts {

	private final Tracer tracer;

	private final Propagator propagator;

	private final ObservationRegistry observations;

	TraceContexts(Tracer tracer, ObjectProvider<Propagator> propagator, ObservationRegistry observations) {
		this.tracer = tracer;
		this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
		this.observations = observations;
	}

	/**
	 * The current trace, to store with work done later.
	 * @return its propagation fields; empty outside any trace
	 */
	public Map<String, String> current() {
		Span span = this.tracer.currentSpan();
		if (span == null) {
			return Map.of();
		}
		Map<String, String> fields = new LinkedHashMap<>();
		this.propagator.inject(span.context(), fields, Map::put);
		return fields;
	}

	/**
	 * An observation of stored work that continues the trace stored with it (a new trace
	 * if none was).
	 * @param name the observation's name
	 * @param traceContext the propagation fields stored with the work
	 * @return the observation, not started
	 */
	public Observation continuing(String name, Map<String, String> traceContext) {
		return Observation.createNotStarted(name, () -> {
			ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
			context.setCarrier(Map.copyOf(traceContext));
			return context;
		}, this.observations);
	}

	/**
	 * An observation of handling a Kafka record that continues the trace in its headers
	 * (W3C {@code traceparent} and the other propagation fields), for records that no
	 * container observation covers: those of a batch.
	 * @param name the observation's name
	 * @param headers the record's headers
	 * @return the observation, not started
	 */
	public Observation receiving(String name, Map<String, ?> headers) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : this.propagator.fields()) {
			Object value = headers.get(field);
			if (value instanceof byte[] bytes) {
				fields.put(field, new String(bytes, StandardCharsets.UTF_8));
			}
			else if (value != null) {
				fields.put(field, value.toString());
			}
		}
		return continuing(name, fields);
	}

}
