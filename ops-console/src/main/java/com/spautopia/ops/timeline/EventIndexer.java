package com.spautopia.ops.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import com.spautopia.events.EventType;
import com.spautopia.events.Topics;
import com.spautopia.ops.kafka.OpsProperties;
import com.spautopia.ops.kafka.RecordHeaders;
import com.spautopia.ops.privacy.PersonalData;
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
 * group and indexes every event by the booking and the client it concerns, keeping only
 * what operators need of it ({@link OperatorView}). Events keyed by a client
 * ({@code ClientErased}, {@code ClientConsentsChanged}) are filed under the client only;
 * a {@code ClientErased} erases the contact data kept for them. The waitlist's events
 * ({@code SlotFreed}, {@code WaitlistOfferMade}, {@code WaitlistOfferEnded}) are filed
 * under the freed booking, a claimed offer's end under the booking it made as well. What
 * cannot be indexed fails, so that the binder retries it and then dead-letters it to the
 * console's own topic ({@code spa.events.ops-console.dlq}), a record that is no event as
 * well.
 */
@Component("opsEvents")
class EventIndexer implements Consumer<Message<byte[]>> {

	private static final Logger logger = LoggerFactory.getLogger(EventIndexer.class);

	private final IndexedEvents events;

	private final OpsProperties properties;

	private final Clock clock;

	EventIndexer(IndexedEvents events, OpsProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void accept(Message<byte[]> message) {
		MessageHeaders headers = message.getHeaders();
		String id = RecordHeaders.text(headers, "ce_id");
		String type = RecordHeaders.text(headers, "ce_type");
		String topic = this.properties.contractName(String.valueOf(headers.get(KafkaHeaders.RECEIVED_TOPIC)));
		if (id == null || type == null) {
			throw new NotAnEventException("A record on " + topic + " without ce_id or ce_type is not an event");
		}
		String subject = RecordHeaders.text(headers, "ce_subject");
		Document data = parse(message.getPayload());
		boolean erasure = EventType.CLIENT_ERASED.typeName().equals(type);
		// events keyed by the client, not by a booking
		boolean clientEvent = erasure || EventType.CLIENT_CONSENTS_CHANGED.typeName().equals(type);
		String clientId = clientId(data);
		Document kept = (data != null) ? OperatorView.of(data) : null;
		if (kept != null && clientId != null && !erasure && this.events.isErased(clientId)) {
			// an event of an erased client that arrived after the erasure
			OperatorView.eraseContactData(kept);
		}
		Instant now = this.clock.instant();
		IndexedEvent event = new IndexedEvent(id, clientEvent ? null : bookingId(topic, subject, data), clientId, topic,
				(int) number(headers.get(KafkaHeaders.RECEIVED_PARTITION)), number(headers.get(KafkaHeaders.OFFSET)),
				type, RecordHeaders.text(headers, "ce_source"), PersonalData.maskIfPhone(subject),
				time(RecordHeaders.text(headers, "ce_time"), now), now, kept, relatedBookingId(data));
		if (!this.events.add(event)) {
			logger.debug("Event {} already indexed", id);
		}
		if (erasure && event.clientId() != null) {
			erase(event.clientId(), data);
		}
	}

	private void erase(String clientId, Document data) {
		List<String> bookingIds = (data.get("bookingIds") instanceof List<?> ids)
				? ids.stream().map(String::valueOf).toList() : List.of();
		long erased = this.events.erase(clientId, bookingIds);
		logger.info("Client {} erased: contact data removed from {} indexed events", clientId, erased);
	}

	private static @Nullable String bookingId(String topic, @Nullable String subject, @Nullable Document data) {
		if (data != null && data.get("bookingId") instanceof String bookingId) {
			return bookingId;
		}
		return Topics.BOOKING_EVENTS.equals(topic) ? subject : null;
	}

	/**
	 * The booking a claimed waitlist offer made ({@code WaitlistOfferEnded}'s
	 * {@code claimedBookingId}): the event is filed under it too.
	 */
	private static @Nullable String relatedBookingId(@Nullable Document data) {
		return (data != null && data.get("claimedBookingId") instanceof String claimed) ? claimed : null;
	}

	private static @Nullable String clientId(@Nullable Document data) {
		if (data == null) {
			return null;
		}
		if (data.get("clientId") instanceof String clientId) {
			return clientId;
		}
		return (data.get("client") instanceof Document client && client.get("clientId") instanceof String clientId)
				? clientId : null;
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
