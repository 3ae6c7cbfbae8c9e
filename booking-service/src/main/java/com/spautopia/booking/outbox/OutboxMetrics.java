package com.spautopia.booking.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The outbox as operators watch it: {@code spa.outbox.backlog} (bookings with events not
 * yet published), {@code spa.outbox.oldest.age} (seconds the oldest of them has waited)
 * and {@code spa.outbox.quarantined} (events that could not be published, see
 * {@link QuarantinedEvent}). Read from MongoDB when scraped, through the outbox's pending
 * flag index, so every instance reports the same figures.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private static final Query PENDING = Query.query(Criteria.where(Outbox.PENDING_SINCE).exists(true));

	private final MongoTemplate mongo;

	private final OutboxQuarantine quarantine;

	private final Clock clock;

	OutboxMetrics(MongoTemplate mongo, OutboxQuarantine quarantine, Clock clock) {
		this.mongo = mongo;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("spa.outbox.backlog", this, OutboxMetrics::backlog)
			.description("Bookings with events waiting in their outbox")
			.register(registry);
		Gauge.builder("spa.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
			.description("Seconds the oldest unpublished event has waited")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("spa.outbox.quarantined", this, OutboxMetrics::quarantined)
			.description("Events that could not be published, kept for operators")
			.register(registry);
	}

	private double backlog() {
		return this.mongo.count(Query.of(PENDING), "bookings");
	}

	private double oldestAgeSeconds() {
		Query oldestFirst = Query.of(PENDING).with(Sort.by(Outbox.PENDING_SINCE)).limit(1);
		oldestFirst.fields().include(Outbox.PENDING_SINCE);
		Document oldest = this.mongo.findOne(oldestFirst, Document.class, "bookings");
		if (oldest == null || !(oldest.get(Outbox.PENDING_SINCE) instanceof Date since)) {
			return 0;
		}
		return Duration.between(since.toInstant(), Instant.now(this.clock)).toMillis() / 1000.0;
	}

	private double quarantined() {
		return this.quarantine.count();
	}

}
