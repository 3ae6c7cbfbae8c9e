package com.spautopia.booking.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventType;
import com.spautopia.events.SpaEvent;

/**
 * An event waiting to be published, stored inside the document whose change it records,
 * so that the change and its event are one atomic write.
 *
 * @param eventId the CloudEvents id; kept when the event is re-published
 * @param type the CloudEvents type name
 * @param data the event's JSON data
 * @param occurredAt when the change happened
 * @param traceContext the trace the change happened in, as propagation fields (W3C
 * {@code traceparent}, ...): the relay publishes the event in that trace; empty if none
 */
public record OutboxEntry(String eventId, String type, String data, Instant occurredAt,
		Map<String, String> traceContext) {

	public OutboxEntry {
		// entries stored before trace contexts were recorded have none
		traceContext = (traceContext != null) ? Map.copyOf(traceContext) : Map.of();
	}

	/**
	 * The same entry with other data, such as the event without personal data.
	 * @param data the event's JSON data
	 * @return the entry
	 */
	public OutboxEntry withData(String data) {
		return new OutboxEntry(this.eventId, this.type, data, this.occurredAt, this.traceContext);
	}

	static OutboxEntry of(SpaEvent event, EventCodec codec, Instant occurredAt, Map<String, String> traceContext) {
		return new OutboxEntry(UUID.randomUUID().toString(), EventType.of(event).typeName(),
				new String(codec.toJson(event), StandardCharsets.UTF_8), occurredAt, traceContext);
	}

}
