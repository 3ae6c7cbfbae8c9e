package com.spautopia.booking.outbox;

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
 * yet published) and {@code spa.outbox.oldest.age} (seconds the oldest of them has
 * waited). Read from MongoDB when scraped, so every instance reports the same figures.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private static final Query PENDING = Query.query(Criteria.where("outbox.0").exists(true));

	private final MongoTemplate mongo;

	OutboxMetrics(MongoTemplate mongo) {
		this.mongo = mongo;
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
	}

	private double backlog() {
		return this.mongo.count(Query.of(PENDING), "bookings");
	}

	private double oldestAgeSeconds() {
		Document oldest = this.mongo.findOne(Query.of(PENDING).with(Sort.by("outbox.0.occurredAt")).limit(1),
				Document.class, "bookings");
		if (oldest == null) {
			return 0;
		}
		Object occurredAt = oldest.getList("outbox", Document.class).getFirst().get("occurredAt");
		return (occurredAt instanceof Date date) ? Duration.between(date.toInstant(), Instant.now()).toMillis() / 1000.0
				: 0;
	}

}
