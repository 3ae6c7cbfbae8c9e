package com.spautopia.events;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Maps events to and from Kafka records in CloudEvents 1.0 binary mode, with the
 * CloudEvents Java SDK: attributes in {@code ce_*} headers,
 * {@code content-type: application/json}, the event as JSON data and the aggregate id as
 * the key and the {@code subject}.
 */
public final class EventCodec {

	private static final String JSON = "application/json";

	private final URI source;

	private final ObjectMapper json = EventJson.mapper();

	private final EventSchemas schemas = EventSchemas.get();

	/**
	 * Creates a codec for one producer.
	 * @param source the CloudEvents {@code source} of the events this producer publishes,
	 * such as {@code /spa-utopia/booking-service}
	 */
	public EventCodec(URI source) {
		this.source = source;
	}

	public KafkaEventMessage encode(SpaEvent event) {
		return encode(event, UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * Maps an event to a Kafka record.
	 * @param event the event
	 * @param eventId the CloudEvents {@code id}; the same event re-published keeps its id
	 * @param time when the event happened
	 * @return the record to publish
	 */
	public KafkaEventMessage encode(SpaEvent event, String eventId, OffsetDateTime time) {
		EventType type = EventType.of(event);
		CloudEvent cloudEvent = CloudEventBuilder.v1()
			.withId(eventId)
			.withSource(this.source)
			.withType(type.typeName())
			.withTime(time)
			.withSubject(event.aggregateId())
			.withDataContentType(JSON)
			.withData(toJson(event))
			.build();
		ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(type.topic(), event.aggregateId())
			.writeBinary(cloudEvent);
		Map<String, byte[]> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return new KafkaEventMessage(type.topic(), event.aggregateId(), headers, record.value());
	}

	/**
	 * Reads an event from a Kafka record's headers and value.
	 * @param headers the record's headers; values as bytes or strings
	 * @param payload the record's value
	 * @return the event, or empty when it is a well-formed event of a type this contract
	 * does not know (a newer producer's): such events are for other consumers
	 * @throws InvalidEventException when the record is not a valid event: a CloudEvents
	 * attribute missing or malformed, or data that does not match its schema
	 */
	public Optional<EventEnvelope<SpaEvent>> decode(Map<String, ?> headers, byte[] payload) {
		CloudEvent cloudEvent = readCloudEvent(headers, payload);
		Optional<EventType> type = EventType.ofTypeName(cloudEvent.getType());
		if (type.isEmpty()) {
			return Optional.empty();
		}
		String where = "event " + cloudEvent.getId() + " of type " + cloudEvent.getType();
		if (cloudEvent.getTime() == null || cloudEvent.getSubject() == null) {
			throw new InvalidEventException(where + " lacks the required 'time' or 'subject' attribute");
		}
		if (!JSON.equals(cloudEvent.getDataContentType()) || cloudEvent.getData() == null) {
			throw new InvalidEventException(where + " has no application/json data");
		}
		JsonNode data = parse(where, cloudEvent.getData().toBytes());
		List<String> violations = this.schemas.violations(type.get(), data);
		if (!violations.isEmpty()) {
			throw new InvalidEventException(where + " does not match its schema: " + String.join("; ", violations));
		}
		try {
			SpaEvent event = this.json.treeToValue(data, type.get().eventClass());
			return Optional.of(new EventEnvelope<>(cloudEvent.getId(), cloudEvent.getSource(), type.get(),
					cloudEvent.getTime(), cloudEvent.getSubject(), event));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new InvalidEventException(where + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The JSON data of an event, as published.
	 * @param event the event
	 * @return the JSON bytes
	 */
	public byte[] toJson(SpaEvent event) {
		try {
			return this.json.writeValueAsBytes(event);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write " + event.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	private CloudEvent readCloudEvent(Map<String, ?> headers, byte[] payload) {
		RecordHeaders recordHeaders = new RecordHeaders();
		headers.forEach((name, value) -> {
			if (isCloudEventsHeader(name)) {
				recordHeaders.add(name, bytes(value));
			}
		});
		try {
			return KafkaMessageFactory.createReader(recordHeaders, payload).toEvent();
		}
		catch (CloudEventRWException | IllegalStateException | IllegalArgumentException ex) {
			throw new InvalidEventException("Not a valid CloudEvents 1.0 binary-mode message (headers present: "
					+ headers.keySet().stream().filter(EventCodec::isCloudEventsHeader).sorted().toList() + "): "
					+ ex.getMessage(), ex);
		}
	}

	private JsonNode parse(String where, byte[] data) {
		try {
			return this.json.readTree(data);
		}
		catch (IOException ex) {
			throw new InvalidEventException(where + " has malformed JSON data: " + ex.getMessage(), ex);
		}
	}

	private static boolean isCloudEventsHeader(String name) {
		return name.startsWith("ce_") || name.equals("content-type");
	}

	private static byte[] bytes(Object value) {
		if (value instanceof byte[] raw) {
			return raw;
		}
		return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
	}

}
