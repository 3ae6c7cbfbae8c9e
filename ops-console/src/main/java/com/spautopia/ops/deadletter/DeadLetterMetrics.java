package com.spautopia.ops.deadletter;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.KafkaUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@code spa.dead.letters} (Prometheus {@code spa_dead_letters{topic}}): messages of each
 * dead-letter topic that no operator has replayed or discarded yet, refreshed at the
 * sampling interval, for the "dead letters present" alert.
 */
@Component
class DeadLetterMetrics {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterMetrics.class);

	private static final List<DeadLetterAction.Kind> HANDLED = List.of(DeadLetterAction.Kind.REPLAYED,
			DeadLetterAction.Kind.DISCARDED);

	private final DeadLetterTopics topics;

	private final KafkaClients kafka;

	private final MongoTemplate mongo;

	private final MultiGauge gauge;

	DeadLetterMetrics(DeadLetterTopics topics, KafkaClients kafka, MongoTemplate mongo, MeterRegistry registry) {
		this.topics = topics;
		this.kafka = kafka;
		this.mongo = mongo;
		this.gauge = MultiGauge.builder("spa.dead.letters")
			.description("Dead-letter messages no operator has replayed or discarded yet, per dead-letter topic")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${spa.ops.rate-interval}", initialDelay = 1000)
	void refresh() {
		try {
			List<MultiGauge.Row<?>> rows = waiting().entrySet()
				.stream().<MultiGauge
						.Row<?>>map((entry) -> MultiGauge.Row.of(Tags.of("topic", entry.getKey()), entry.getValue()))
				.toList();
			this.gauge.register(rows, true);
		}
		catch (KafkaUnavailableException ex) {
			logger.warn("Could not count dead letters: {}", ex.getMessage());
		}
	}

	Map<String, Long> waiting() {
		List<String> names = this.topics.names();
		List<TopicPartition> partitions = this.kafka.partitions(Set.copyOf(names));
		Map<TopicPartition, Long> beginnings = this.kafka.beginningOffsets(partitions);
		Map<TopicPartition, Long> ends = this.kafka.endOffsets(partitions);
		List<String> handled = names.stream().flatMap((topic) -> handled(topic).stream()).toList();
		return DeadLetterDepth.waiting(beginnings, ends, handled);
	}

	/**
	 * Ids of a topic's replayed and discarded messages: a plain prefix query on
	 * {@code _id}, which its index serves.
	 */
	private List<String> handled(String topic) {
		Query query = Query.query(where("_id").regex("^" + escaped(topic) + "/").and("kind").in(HANDLED));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, this.mongo.getCollectionName(DeadLetterAction.class))
			.stream()
			.map((document) -> String.valueOf(document.get("_id")))
			.toList();
	}

	private static String escaped(String topic) {
		return topic.replaceAll("[^A-Za-z0-9_-]", "\\\\$0");
	}

}
