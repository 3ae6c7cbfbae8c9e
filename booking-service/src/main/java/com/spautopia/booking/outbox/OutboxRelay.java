package com.spautopia.booking.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.spautopia.booking.lease.HeldLease;
import com.spautopia.booking.lease.Leases;
import com.spautopia.events.EventCodec;
import com.spautopia.events.EventJson;
import com.spautopia.events.EventType;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SpaEvent;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in documents' outboxes, oldest first per document, through
 * an idempotent, synchronous producer, then removes what was published. When Kafka is
 * down nothing is removed and the next run tries again, so no event is lost and none
 * overtakes another of the same booking. A crash between publishing and removing
 * re-publishes with the same CloudEvents id, which consumers de-duplicate. Each event is
 * keyed by its aggregate: a booking's events by the booking id, a client's (in the
 * {@code clients} collection) by the client id.
 * <p>
 * Several instances of the service may run: only the one holding the relay's lease
 * publishes, and it checks that it still holds it before every event. The lease
 * ({@code spa.outbox.lease}, well above the producer's delivery timeout) is renewed while
 * the holder works and given up when it stops; if the holder dies, another instance takes
 * over once the lease has expired.
 * <p>
 * The relay runs at once when a change with events is written in this instance (an
 * inserted or saved document with entries waiting, or an {@link OutboxWritten} signal
 * after an update), and besides every {@code spa.outbox.poll-interval} for what other
 * instances wrote or a failed run left. Runs never overlap: a wake-up during a run makes
 * the run go round once more. The documents of a run are published concurrently
 * ({@code spa.outbox.parallelism} at a time), each document's events one after another in
 * their order, so a booking's events never overtake each other while one slow
 * acknowledgement does not hold up other bookings' events.
 * <p>
 * Each event is published in the trace of the change that caused it (stored with the
 * entry), not in the trace of the relay's scheduled run.
 * <p>
 * An entry that can never be published as it is (a type no consumer knows, data that does
 * not read as its type) does not stop the others: it is moved to the
 * {@link QuarantinedEvent quarantine}, logged, counted ({@code spa.outbox.quarantined})
 * and listed for operators ({@code GET /api/outbox/quarantine}).
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final String BINDING = "bookingEvents";

	/**
	 * Bookings first: a booking's events waiting when its client was erased leave before
	 * the ClientErased event waiting in the client's document.
	 */
	static final List<String> COLLECTIONS = List.of("bookings", "clients");

	private static final int BATCH = 200;

	private static final String LEASE = "outbox-relay";

	private final MongoTemplate mongo;

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	private final HeldLease lease;

	private final ObservationRegistry observations;

	private final OutboxQuarantine quarantine;

	private final Clock clock;

	private volatile boolean kafkaWasDown;

	private final ReentrantLock running = new ReentrantLock();

	private final AtomicBoolean again = new AtomicBoolean();

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	private final boolean wakeOnWrite;

	private final ExecutorService waker;

	private final ExecutorService senders;

	OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, EventCodec codec, Leases leases,
			OutboxProperties properties, ObservationRegistry observations, OutboxQuarantine quarantine, Clock clock) {
		this.wakeOnWrite = properties.wakeOnWrite();
		this.waker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
		this.senders = Executors.newFixedThreadPool(properties.parallelism(),
				Thread.ofPlatform().name("outbox-send-", 0).daemon().factory());
		this.mongo = mongo;
		this.streamBridge = streamBridge;
		this.codec = codec;
		this.lease = leases.lease(LEASE, properties.lease());
		this.observations = observations;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	/**
	 * Wakes the relay when this instance saved a document with events waiting.
	 * @param saved the save
	 */
	@EventListener
	void saved(AfterSaveEvent<?> saved) {
		if (COLLECTIONS.contains(saved.getCollectionName()) && saved.getDocument() != null
				&& !saved.getDocument().getList("outbox", Object.class, List.of()).isEmpty()) {
			wake();
		}
	}

	/**
	 * Wakes the relay when this instance updated a document with an event.
	 * @param written the signal
	 */
	@EventListener
	void written(OutboxWritten written) {
		wake();
	}

	/**
	 * Runs the relay soon on its own thread, unless a run is already waiting to start.
	 */
	void wake() {
		if (this.wakeOnWrite && this.wakeQueued.compareAndSet(false, true)) {
			this.waker.execute(() -> {
				this.wakeQueued.set(false);
				publishPending();
			});
		}
	}

	/**
	 * Publishes what waits; if a run is going on, makes it go round once more instead.
	 */
	@Scheduled(fixedDelayString = "${spa.outbox.poll-interval:200ms}")
	void publishPending() {
		this.again.set(true);
		while (this.again.get() && this.running.tryLock()) {
			try {
				this.again.set(false);
				publishOnce();
			}
			finally {
				this.running.unlock();
			}
		}
	}

	private void publishOnce() {
		for (String collection : COLLECTIONS) {
			Query pending = Query.query(Criteria.where(Outbox.PENDING_SINCE).exists(true))
				.with(Sort.by(Outbox.PENDING_SINCE))
				.limit(BATCH);
			// look for work before taking the lease, then read it under the lease
			if (!this.mongo.exists(pending, collection)) {
				continue;
			}
			if (!this.lease.hold()) {
				return;
			}
			List<Future<Boolean>> published = new ArrayList<>();
			for (Document document : this.mongo.find(pending, Document.class, collection)) {
				published.add(this.senders.submit(() -> publish(collection, document)));
			}
			if (!allWentOn(published)) {
				return;
			}
		}
	}

	/**
	 * Waits for a run's documents.
	 * @return whether every one went on (Kafka up, the lease held)
	 */
	private static boolean allWentOn(List<Future<Boolean>> published) {
		boolean goOn = true;
		for (Future<Boolean> one : published) {
			try {
				goOn &= one.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			catch (ExecutionException ex) {
				log.warn("Publishing a document's events failed, will retry: {}", String.valueOf(ex.getCause()));
				goOn = false;
			}
		}
		return goOn;
	}

	@PreDestroy
	void stop() {
		this.waker.shutdownNow();
		this.senders.shutdown();
		this.lease.release();
	}

	/**
	 * Publishes one document's events. An entry that cannot be published because of what
	 * it holds is quarantined and the entries after it go on; when Kafka is down, the
	 * entry and those after it wait.
	 * @return whether to go on with the next document: not when Kafka is down or another
	 * instance holds the lease
	 */
	private boolean publish(String collection, Document document) {
		List<String> done = new ArrayList<>();
		boolean goOn = true;
		for (Document entry : document.getList("outbox", Document.class, List.of())) {
			if (!this.lease.hold()) {
				goOn = false;
				break;
			}
			Message<byte[]> message;
			try {
				message = message(entry);
			}
			catch (UnpublishableEntryException ex) {
				quarantine(collection, document.get("_id").toString(), entry, ex.getMessage());
				done.add(entry.getString("eventId"));
				continue;
			}
			try {
				inTraceOf(entry).observe(() -> this.streamBridge.send(BINDING, message));
				done.add(entry.getString("eventId"));
			}
			catch (RuntimeException ex) {
				if (!this.kafkaWasDown) {
					log.warn("Cannot publish events now, will retry: {}", ex.getMessage());
				}
				goOn = false;
				this.kafkaWasDown = true;
				break;
			}
		}
		if (!done.isEmpty()) {
			remove(collection, document.get("_id"), done);
			if (this.kafkaWasDown && goOn) {
				log.info("Publishing events again");
				this.kafkaWasDown = false;
			}
		}
		return goOn;
	}

	/**
	 * Removes published (or quarantined) entries from a document's outbox, noting when
	 * (field {@value Outbox#PUBLISHED_AT}), then sets its pending flag to the oldest
	 * entry left, or removes the flag when none is left. Each write is conditional on
	 * what it relies on, so an event appended meanwhile keeps the flag its change set: a
	 * document with events waiting always carries the flag.
	 */
	private void remove(String collection, Object id, List<String> eventIds) {
		Query byId = Query.query(Criteria.where("_id").is(id));
		Update pull = new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds)))
			.set(Outbox.PUBLISHED_AT, this.clock.instant())
			.inc("version", 1);
		Document left = this.mongo.findAndModify(byId, pull, FindAndModifyOptions.options().returnNew(true),
				Document.class, collection);
		if (left == null) {
			return;
		}
		List<Document> waiting = left.getList("outbox", Document.class, List.of());
		if (waiting.isEmpty()) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("outbox").size(0)),
					new Update().unset(Outbox.PENDING_SINCE), collection);
		}
		else {
			Document oldest = waiting.getFirst();
			this.mongo.updateFirst(
					Query.query(Criteria.where("_id").is(id).and("outbox.0.eventId").is(oldest.getString("eventId"))),
					new Update().set(Outbox.PENDING_SINCE, oldest.get("occurredAt")), collection);
		}
	}

	private void quarantine(String collection, String documentId, Document entry, String reason) {
		this.quarantine.keep(new QuarantinedEvent(entry.getString("eventId"), collection, documentId,
				String.valueOf(entry.get("type")), String.valueOf(entry.get("data")), instant(entry.get("occurredAt")),
				reason, this.clock.instant()));
	}

	/**
	 * The observation of publishing an entry, continuing the trace its change happened
	 * in: the binder's producer observation under it writes that trace into the record's
	 * {@code traceparent} header.
	 */
	private Observation inTraceOf(Document entry) {
		Document fields = entry.get("traceContext", Document.class);
		Map<String, String> traceContext = new HashMap<>();
		if (fields != null) {
			fields.forEach((name, value) -> traceContext.put(name, String.valueOf(value)));
		}
		return Observation.createNotStarted("spa.outbox.publish", () -> {
			ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
			context.setCarrier(traceContext);
			return context;
		}, this.observations)
			.contextualName("outbox publish " + entry.getString("type"))
			.lowCardinalityKeyValue("event.type", entry.getString("type"));
	}

	private Message<byte[]> message(Document entry) {
		Object typeName = entry.get("type");
		EventType type = EventType.ofTypeName(String.valueOf(typeName))
			.orElseThrow(() -> new UnpublishableEntryException("unknown event type '" + typeName + "'"));
		SpaEvent event = read(entry.get("data"), type);
		Instant occurredAt = instant(entry.get("occurredAt"));
		KafkaEventMessage message = this.codec.encode(event, entry.getString("eventId"),
				occurredAt.atOffset(ZoneOffset.UTC));
		return MessageBuilder.withPayload(message.payload())
			.copyHeaders(message.headers())
			.setHeader(KafkaHeaders.KEY, message.key().getBytes(StandardCharsets.UTF_8))
			.build();
	}

	private static SpaEvent read(@Nullable Object data, EventType type) {
		if (!(data instanceof String json)) {
			throw new UnpublishableEntryException("no data for " + type.typeName());
		}
		try {
			return EventJson.mapper().readValue(json, type.eventClass());
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new UnpublishableEntryException("data that does not read as " + type.typeName() + ": "
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
	}

	private Instant instant(@Nullable Object value) {
		return (value instanceof Date date) ? date.toInstant()
				: (value instanceof Instant instant) ? instant : this.clock.instant();
	}

	/**
	 * An entry that can never be published as it is.
	 */
	private static final class UnpublishableEntryException extends RuntimeException {

		UnpublishableEntryException(String reason) {
			super(reason);
		}

	}

}
