package com.spautopia.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.spautopia.events.EventCodec;
import com.spautopia.events.EventJson;
import com.spautopia.events.EventType;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SpaEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in documents' outboxes to {@code spa.notification.events},
 * oldest first per document, through a synchronous idempotent producer, then removes what
 * was published. When Kafka is down nothing is removed and the next run tries again. A
 * crash between publishing and removing, or two instances relaying the same document,
 * re-publish an event with the same CloudEvents id, which consumers de-duplicate.
 */
@Component
class OutboxRelay {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	static final String BINDING = "notificationEvents";

	/** The collections whose documents carry an outbox. */
	static final List<String> COLLECTIONS = List.of("notifications", "phones", "appointments");

	private static final int BATCH = 200;

	private final MongoOperations mongo;

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	private volatile boolean kafkaWasDown;

	OutboxRelay(MongoOperations mongo, StreamBridge streamBridge, EventCodec codec) {
		this.mongo = mongo;
		this.streamBridge = streamBridge;
		this.codec = codec;
	}

	@Scheduled(fixedDelayString = "${spa.notification.outbox.poll-interval:500ms}")
	void publishPending() {
		for (String collection : COLLECTIONS) {
			Query pending = Query.query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true)).limit(BATCH);
			for (Document document : this.mongo.find(pending, Document.class, collection)) {
				if (!publish(collection, document)) {
					return;
				}
			}
		}
	}

	private boolean publish(String collection, Document document) {
		List<String> published = new ArrayList<>();
		boolean kafkaUp = true;
		for (Document entry : document.getList(OutboxEntry.FIELD, Document.class)) {
			try {
				this.streamBridge.send(BINDING, message(entry));
				published.add(entry.getString("eventId"));
			}
			catch (RuntimeException ex) {
				if (!this.kafkaWasDown) {
					logger.warn("Cannot publish notification events now, will retry: {}", ex.getMessage());
				}
				kafkaUp = false;
				break;
			}
		}
		if (!published.isEmpty()) {
			Query query = Query.query(Criteria.where("_id").is(document.get("_id")));
			Update update = new Update().pull(OutboxEntry.FIELD,
					new Document("eventId", new Document("$in", published)));
			this.mongo.updateFirst(query, update, collection);
			if (this.kafkaWasDown) {
				logger.info("Publishing notification events again");
			}
		}
		this.kafkaWasDown = !kafkaUp;
		return kafkaUp;
	}

	private Message<byte[]> message(Document entry) {
		EventType type = EventType.ofTypeName(entry.getString("type"))
			.orElseThrow(() -> new IllegalStateException("Unknown event type in outbox: " + entry.getString("type")));
		SpaEvent event = read(entry.getString("data"), type);
		KafkaEventMessage message = this.codec.encode(event, entry.getString("eventId"),
				instant(entry.get("occurredAt")).atOffset(ZoneOffset.UTC));
		return MessageBuilder.withPayload(message.payload())
			.copyHeaders(message.headers())
			.setHeader(KafkaHeaders.KEY, message.key().getBytes(StandardCharsets.UTF_8))
			.build();
	}

	private static SpaEvent read(String data, EventType type) {
		try {
			return EventJson.mapper().readValue(data, type.eventClass());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable " + type.typeName() + " in outbox", ex);
		}
	}

	private static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : (Instant) value;
	}

}
