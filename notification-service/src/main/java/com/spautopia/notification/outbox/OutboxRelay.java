package com.spautopia.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.dao.DuplicateKeyException;
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
 * crash between publishing and removing re-publishes an event with the same CloudEvents
 * id, which consumers de-duplicate.
 * <p>
 * Of several instances only the one holding the relay's lease publishes, checking it
 * before every event; it gives the lease up when it stops, and another instance takes
 * over once a dead holder's lease has expired. Documents with events are found through
 * their indexed {@link OutboxEntry#PENDING} flag, cleared with the last event. An entry
 * that cannot be read (unknown type, broken JSON) is moved to {@value #QUARANTINE} for an
 * operator, and the events after it go on.
 */
@Component
class OutboxRelay {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	static final String BINDING = "notificationEvents";

	/** The collections whose documents carry an outbox. */
	static final List<String> COLLECTIONS = List.of("notifications", "phones", "appointments", "email_opt_outs");

	/** Where unreadable outbox entries are kept, with where they came from. */
	static final String QUARANTINE = "outbox_quarantine";

	private static final String LEASE = "notification-outbox-relay";

	private static final int BATCH = 200;

	private final MongoOperations mongo;

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	private final RelayLease lease;

	private final Clock clock;

	private volatile boolean kafkaWasDown;

	OutboxRelay(MongoOperations mongo, StreamBridge streamBridge, EventCodec codec, RelayLeases leases,
			OutboxProperties properties, Clock clock) {
		this.mongo = mongo;
		this.streamBridge = streamBridge;
		this.codec = codec;
		this.lease = leases.lease(LEASE, properties.lease());
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${spa.notification.outbox.poll-interval:500ms}")
	void publishPending() {
		for (String collection : COLLECTIONS) {
			Query pending = Query.query(Criteria.where(OutboxEntry.PENDING).is(true)).limit(BATCH);
			// look for work before taking the lease, then read it under the lease
			if (!this.mongo.exists(pending, collection)) {
				continue;
			}
			if (!this.lease.hold()) {
				return;
			}
			for (Document document : this.mongo.find(pending, Document.class, collection)) {
				if (!publish(collection, document)) {
					return;
				}
			}
		}
	}

	@PreDestroy
	void stop() {
		this.lease.release();
	}

	/**
	 * Publishes one document's events.
	 * @return whether to go on with the next document: not when Kafka is down or another
	 * instance holds the lease
	 */
	private boolean publish(String collection, Document document) {
		List<String> done = new ArrayList<>();
		boolean goOn = true;
		for (Document entry : document.getList(OutboxEntry.FIELD, Document.class, List.of())) {
			if (!this.lease.hold()) {
				goOn = false;
				break;
			}
			Message<byte[]> message;
			try {
				message = message(entry);
			}
			catch (RuntimeException ex) {
				quarantine(collection, document.get("_id"), entry, ex);
				done.add(entry.getString("eventId"));
				continue;
			}
			try {
				this.streamBridge.send(BINDING, message);
				done.add(entry.getString("eventId"));
			}
			catch (RuntimeException ex) {
				if (!this.kafkaWasDown) {
					logger.warn("Cannot publish notification events now, will retry: {}", ex.getMessage());
				}
				this.kafkaWasDown = true;
				goOn = false;
				break;
			}
		}
		if (!done.isEmpty()) {
			Object id = document.get("_id");
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().pull(OutboxEntry.FIELD, new Document("eventId", new Document("$in", done))),
					collection);
			// cleared only if no event was added meanwhile: one atomic conditional write
			this.mongo.updateFirst(
					Query.query(Criteria.where("_id").is(id).and(OutboxEntry.FIELD + ".0").exists(false)),
					new Update().unset(OutboxEntry.PENDING), collection);
			if (this.kafkaWasDown && goOn) {
				logger.info("Publishing notification events again");
				this.kafkaWasDown = false;
			}
		}
		return goOn;
	}

	private void quarantine(String collection, Object documentId, Document entry, RuntimeException ex) {
		logger.error("Quarantined unreadable outbox entry {} of {} {}: {}", entry.getString("eventId"), collection,
				documentId, ex.getMessage());
		Document quarantined = new Document("_id", entry.getString("eventId")).append("collection", collection)
			.append("documentId", documentId)
			.append("entry", entry)
			.append("reason", String.valueOf(ex.getMessage()))
			.append("quarantinedAt", Date.from(this.clock.instant()));
		try {
			this.mongo.insert(quarantined, QUARANTINE);
		}
		catch (DuplicateKeyException alreadyQuarantined) {
			logger.debug("Outbox entry {} was quarantined before", entry.getString("eventId"));
		}
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
