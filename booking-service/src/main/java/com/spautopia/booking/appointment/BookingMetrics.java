package com.spautopia.booking.appointment;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code spa.bookings}: how many bookings are in each status now, one series per status
 * (zero included). Counted in MongoDB (on the status index) every
 * {@code spa.booking.metrics-interval}, not on every scrape, so every instance reports
 * the same figures and scrapes cost nothing.
 */
@Component
class BookingMetrics {

	private final MongoTemplate mongo;

	private final Map<BookingStatus, AtomicLong> counts = new EnumMap<>(BookingStatus.class);

	BookingMetrics(MongoTemplate mongo, MeterRegistry registry) {
		this.mongo = mongo;
		for (BookingStatus status : BookingStatus.values()) {
			AtomicLong count = new AtomicLong();
			this.counts.put(status, count);
			Gauge.builder("spa.bookings", count, AtomicLong::get)
				.description("Bookings by status")
				.tag("status", status.name())
				.register(registry);
		}
	}

	@Scheduled(fixedDelayString = "${spa.booking.metrics-interval:30s}")
	void count() {
		this.counts.forEach((status, count) -> count
			.set(this.mongo.count(Query.query(Criteria.where("status").is(status)), Booking.class)));
	}

}
