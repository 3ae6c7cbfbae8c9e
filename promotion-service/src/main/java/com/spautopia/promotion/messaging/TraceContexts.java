package com.spautopia.promotion.messaging;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Carries the trace of a Kafka record consumed in a batch (which no container observation
 * covers) into what is done for it, and into the events published for it.
 */
@Component
public class TraceContexts {

	private final Propagator propagator;

	private final ObservationRegistry observations;

	TraceContexts(ObjectProvider<Propagator> propagator, ObservationRegistry observations) {
		this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
		this.observations = observations;
	}

	/**
	 * The propagation fields of a record (W3C {@code traceparent} and the others).
	 * @param headers the record's headers
	 * @return the fields it carries
	 */
	public Map<String, String> fieldsOf(Map<String, ?> headers) {
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
		return fields;
	}

	/**
	 * An observation that continues a trace (a new trace if the fields hold none).
	 * @param name the observation's name
	 * @param fields the propagation fields
	 * @return the observation, not started
	 */
	public Observation continuing(String name, Map<String, String> fields) {
		return Observation.createNotStarted(name, () -> {
			ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
			context.setCarrier(Map.copyOf(fields));
			return context;
		}, this.observations);
	}

}
