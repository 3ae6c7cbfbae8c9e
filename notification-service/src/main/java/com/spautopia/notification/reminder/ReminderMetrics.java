package com.spautopia.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reminders as operators watch them: {@code spa.reminders.due} (due now or overdue and
 * not handed over yet: it grows when reminders are not being sent) and
 * {@code spa.reminders.due.next.hour} (the load to come). Counted in MongoDB on the
 * status and due-time index every {@code spa.notification.metrics-interval}, so every
 * instance reports the same figures and scrapes cost nothing.
 */
@Component
class ReminderMetrics {

	private static final Duration NEXT_HOUR = Duration.ofHours(1);

	private final MongoOperations mongo;

	private final Clock clock;

	private final AtomicLong due = new AtomicLong();

	private final AtomicLong dueNextHour = new AtomicLong();

	ReminderMetrics(MongoOperations mongo, Clock clock, MeterRegistry registry) {
		this.mongo = mongo;
		this.clock = clock;
		Gauge.builder("spa.reminders.due", this.due, AtomicLong::get)
			.description("Reminders due now or overdue, not handed over for sending yet")
			.register(registry);
		Gauge.builder("spa.reminders.due.next.hour", this.dueNextHour, AtomicLong::get)
			.description("Reminders planned to fall due within the next hour")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${spa.notification.metrics-interval:30s}")
	void count() {
		Instant now = this.clock.instant();
		this.due.set(this.mongo.count(query(where("status").is(ReminderStatus.PLANNED).and("dueAt").lte(now)),
				Reminder.class));
		this.dueNextHour.set(this.mongo.count(
				query(where("status").is(ReminderStatus.PLANNED).and("dueAt").gt(now).lte(now.plus(NEXT_HOUR))),
				Reminder.class));
	}

}
