package com.spautopia.ops.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.spautopia.ops.kafka.KafkaClients;
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
 * from however many consoles a replay is requested, it is published at most once.
 */
@Component
class DeadLetterReplays {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterReplays.class);

	private final DeadLetterTopics topics;

	private final KafkaClients kafka;

	private final MongoTemplate mongo;

	DeadLetterReplays(DeadLetterTopics topics, KafkaClients kafka, MongoTemplate mongo) {
		this.topics = topics;
		this.kafka = kafka;
		this.mongo = mongo;
	}

	Outcome replay(String dlqTopic, int partition, long offset) {
		ConsumerRecord<byte[], byte[]> record = this.topics.record(dlqTopic, partition, offset).orElse(null);
		if (record == null) {
			return Outcome.NOT_FOUND;
		}
		String originalTopic = RecordHeaders.text(record.headers(), "x-original-topic");
		if (originalTopic == null) {
			return Outcome.NO_ORIGINAL_TOPIC;
		}
		String id = DeadLetterAction.id(dlqTopic, partition, offset);
		if (!claim(new DeadLetterAction(id, DeadLetterAction.Kind.REPLAYED, Instant.now(), originalTopic))) {
			return Outcome.ALREADY_HANDLED;
		}
		try {
			RecordMetadata sent = this.kafka
				.send(new ProducerRecord<>(originalTopic, null, record.key(), record.value(), originalHeaders(record)));
			this.mongo.save(new DeadLetterAction(id, DeadLetterAction.Kind.REPLAYED, Instant.now(),
					sent.topic() + "/" + sent.partition() + "/" + sent.offset()));
			logger.info("Replayed {} to {}/{}/{}", id, sent.topic(), sent.partition(), sent.offset());
			return Outcome.REPLAYED;
		}
		catch (RuntimeException ex) {
			// not published: release the claim so that the operator can try again
			this.mongo.remove(Query.query(where("_id").is(id)), DeadLetterAction.class);
			throw ex;
		}
	}

	List<Result> replayAll(String dlqTopic) {
		List<Result> results = new ArrayList<>();
		for (DeadLetter letter : this.topics.messages(dlqTopic)) {
			if (letter.handled() == null) {
				results.add(new Result(letter.id(), replay(dlqTopic, letter.partition(), letter.offset())));
			}
		}
		return results;
	}

	Outcome discard(String dlqTopic, int partition, long offset) {
		if (this.topics.record(dlqTopic, partition, offset).isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		boolean claimed = claim(new DeadLetterAction(DeadLetterAction.id(dlqTopic, partition, offset),
				DeadLetterAction.Kind.DISCARDED, Instant.now(), ""));
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
