package com.spautopia.ops.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.OpsProperties;
import com.spautopia.ops.kafka.RecordHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Replays dead-letter messages to their original topic, or discards them. Each message is
 * claimed first with an insert under its position (a unique key), so however often and
 * from however many consoles a replay is requested, it is published at most once. Each
 * action records the operator who took it and when (the audit trail the list shows).
 */
@Component
class DeadLetterReplays {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterReplays.class);

	private final DeadLetterTopics topics;

	private final KafkaClients kafka;

	private final MongoTemplate mongo;

	private final OpsProperties properties;

	private final Clock clock;

	DeadLetterReplays(DeadLetterTopics topics, KafkaClients kafka, MongoTemplate mongo, OpsProperties properties,
			Clock clock) {
		this.topics = topics;
		this.kafka = kafka;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Replays one message to its original topic, once.
	 * @param dlqTopic the dead-letter topic
	 * @param partition its partition
	 * @param offset its offset
	 * @param operator who asks
	 * @return what happened
	 */
	Outcome replay(String dlqTopic, int partition, long offset, String operator) {
		return this.topics.record(dlqTopic, partition, offset)
			.map((record) -> replay(record, operator))
			.orElse(Outcome.NOT_FOUND);
	}

	private Outcome replay(ConsumerRecord<byte[], byte[]> record, String operator) {
		String originalTopic = RecordHeaders.text(record.headers(), "x-original-topic");
		if (originalTopic == null) {
			return Outcome.NO_ORIGINAL_TOPIC;
		}
		String id = DeadLetterAction.id(record.topic(), record.partition(), record.offset());
		Instant claimedAt = this.clock.instant();
		if (!claim(new DeadLetterAction(id, DeadLetterAction.Kind.REPLAYED, claimedAt, operator, originalTopic))) {
			return Outcome.ALREADY_HANDLED;
		}
		try {
			RecordMetadata sent = this.kafka
				.send(new ProducerRecord<>(originalTopic, null, record.key(), record.value(), originalHeaders(record)));
			this.mongo.save(new DeadLetterAction(id, DeadLetterAction.Kind.REPLAYED, claimedAt, operator,
					sent.topic() + "/" + sent.partition() + "/" + sent.offset()));
			logger.info("{} replayed {} to {}/{}/{}", operator, id, sent.topic(), sent.partition(), sent.offset());
			return Outcome.REPLAYED;
		}
		catch (RuntimeException ex) {
			// not published: release the claim so that the operator can try again
			this.mongo.remove(Query.query(where("_id").is(id)), DeadLetterAction.class);
			throw ex;
		}
	}

	/**
	 * Replays every unhandled message of a dead-letter topic, page after page to its end.
	 * @param dlqTopic the topic
	 * @param operator who asks
	 * @return what happened to each
	 */
	List<Result> replayAll(String dlqTopic, String operator) {
		List<Result> results = new ArrayList<>();
		DeadLetterPosition after = null;
		do {
			DeadLetterTopics.Page page = this.topics.page(dlqTopic, false, after, this.properties.deadLetterPageSize());
			for (DeadLetterTopics.Letter letter : page.letters()) {
				results.add(new Result(letter.letter().id(), replay(letter.record(), operator)));
			}
			if (page.letters().isEmpty() && Objects.equals(page.next(), after)) {
				// Kafka gave nothing within the request timeout: stop rather than spin
				break;
			}
			after = page.next();
		}
		while (after != null);
		return results;
	}

	Outcome discard(String dlqTopic, int partition, long offset, String operator) {
		if (this.topics.record(dlqTopic, partition, offset).isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		String id = DeadLetterAction.id(dlqTopic, partition, offset);
		boolean claimed = claim(
				new DeadLetterAction(id, DeadLetterAction.Kind.DISCARDED, this.clock.instant(), operator, ""));
		if (claimed) {
			logger.info("{} discarded {}", operator, id);
		}
		return claimed ? Outcome.DISCARDED : Outcome.ALREADY_HANDLED;
	}

	private boolean claim(DeadLetterAction action) {
		try {
			this.mongo.insert(action);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * The headers the record had before it was dead-lettered: without the binder's
	 * {@code x-*} failure headers and Spring Kafka's {@code kafka_dlt-*} ones.
	 */
	private static List<Header> originalHeaders(ConsumerRecord<byte[], byte[]> record) {
		List<Header> headers = new ArrayList<>();
		for (Header header : record.headers()) {
			if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_dlt-")) {
				headers.add(header);
			}
		}
		return headers;
	}

	enum Outcome {

		REPLAYED, DISCARDED, ALREADY_HANDLED, NOT_FOUND, NO_ORIGINAL_TOPIC

	}

	record Result(String id, Outcome outcome) {
	}

}
