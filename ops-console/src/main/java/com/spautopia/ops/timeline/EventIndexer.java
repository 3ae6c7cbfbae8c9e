package com.spautopia.ops.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import com.spautopia.events.Topics;
import com.spautopia.ops.kafka.OpsProperties;
import com.spautopia.ops.kafka.RecordHeaders;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * The {@code opsEvents} function: reads the three event topics with the console's own
 * group and indexes every event by the booking it belongs to. Lenient on purpose: the
 * console shows what flows, valid or not, and never dead-letters anything itself.
 */
@Component("opsEvents")
class EventIndexer implements Consumer<Message<byte[]>> {

	private static final Logger logger = LoggerFactory.getLogger(EventIndexer.class);

	private final IndexedEvents events;

	private final OpsProperties properties;

	EventIndexer(IndexedEvents events, OpsProperties properties) {
		this.events = events;
		this.properties = properties;
	}

	@Override
	public void accept(Message<byte[]> message) {
		MessageHeaders headers = message.getHeaders();
		String id = RecordHeaders.text(headers, "ce_id");
		String type = RecordHeaders.text(headers, "ce_type");
		String topic = this.properties.contractName(String.valueOf(headers.get(KafkaHeaders.RECEIVED_TOPIC)));
		if (id == null || type == null) {
			logger.warn("A record on {} without ce_id or ce_type is not an event; not indexed", topic);
			return;
		}
		String subject = RecordHeaders.text(headers, "ce_subject");
		Document data = parse(message.getPayload());
		Instant now = Instant.now();
		IndexedEvent event = new IndexedEvent(id, bookingId(topic, subject, data), topic,
				(int) number(headers.get(KafkaHeaders.RECEIVED_PARTITION)), number(headers.get(KafkaHeaders.OFFSET)),
				type, RecordHeaders.text(headers, "ce_source"), subject,
				time(RecordHeaders.text(headers, "ce_time"), now), now, data);
		if (!this.events.add(event)) {
			logger.debug("Event {} already indexed", id);
		}
	}

	private static @Nullable String bookingId(String topic, @Nullable String subject, @Nullable Document data) {
		if (data != null && data.get("bookingId") instanceof String bookingId) {
			return bookingId;
		}
		return Topics.BOOKING_EVENTS.equals(topic) ? subject : null;
	}

	private static @Nullable Document parse(byte[] payload) {
		try {
			return Document.parse(new String(payload, StandardCharsets.UTF_8));
		}
		catch (JsonParseException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static Instant time(@Nullable String time, Instant fallback) {
		try {
			return (time != null) ? OffsetDateTime.parse(time).toInstant() : fallback;
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	private static long number(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : -1;
	}

}
