package com.spautopia.notification.message;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code spa.notifications}: the number of messages by channel, purpose and status,
 * counted in MongoDB every half minute (so every instance reports the same figures).
 */
@Component
class NotificationMetrics {

	private final MongoOperations mongo;

	private final MultiGauge messages;

	NotificationMetrics(MongoOperations mongo, MeterRegistry registry) {
		this.mongo = mongo;
		this.messages = MultiGauge.builder("spa.notifications")
			.description("Messages by channel, purpose and status")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${spa.notification.metrics-interval:30s}", initialDelay = 5000)
	void count() {
		Aggregation byStatus = Aggregation
			.newAggregation(Aggregation.group("channel", "purpose", "status").count().as("count"));
		List<MultiGauge.Row<?>> rows = this.mongo.aggregate(byStatus, Notification.class, Document.class)
			.getMappedResults()
			.stream().<MultiGauge.Row<?>>map((row) -> {
				Document id = (row.get("_id") instanceof Document group) ? group : row;
				return MultiGauge.Row.of(
						Tags.of("channel", String.valueOf(id.get("channel")), "purpose",
								String.valueOf(id.get("purpose")), "status", String.valueOf(id.get("status"))),
						((Number) row.get("count")).doubleValue());
			})
			.toList();
		this.messages.register(rows, true);
	}

}
