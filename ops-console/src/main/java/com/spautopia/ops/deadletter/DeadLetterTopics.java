package com.spautopia.ops.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.OpsProperties;
import com.spautopia.ops.kafka.RecordHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads dead-letter topics ({@code <topic>.<service>.dlq}) without a consumer group.
 */
@Component
class DeadLetterTopics {

	private final KafkaClients kafka;

	private final OpsProperties properties;

	private final MongoTemplate mongo;

	DeadLetterTopics(KafkaClients kafka, OpsProperties properties, MongoTemplate mongo) {
		this.kafka = kafka;
		this.properties = properties;
		this.mongo = mongo;
	}

	List<String> names() {
		return this.kafka.await(this.kafka.admin().listTopics().names())
			.stream()
			.filter((name) -> name.startsWith(this.properties.topicPrefix()) && name.endsWith(".dlq"))
			.sorted()
			.toList();
	}

	/**
	 * The messages of a dead-letter topic, oldest first, at most the configured number.
	 * @param dlqTopic the topic
	 * @return its messages, each with what was done with it
	 */
	List<DeadLetter> messages(String dlqTopic) {
		List<ConsumerRecord<byte[], byte[]>> records = readAll(dlqTopic);
		Map<String, DeadLetterAction> actions = this.mongo
			.find(Query.query(where("_id").regex("^" + java.util.regex.Pattern.quote(dlqTopic + "/"))),
					DeadLetterAction.class)
			.stream()
			.collect(Collectors.toMap(DeadLetterAction::id, Function.identity()));
		return records.stream().map((record) -> {
			DeadLetterAction action = actions.get(DeadLetterAction.id(dlqTopic, record.partition(), record.offset()));
			return toDeadLetter(record, (action != null) ? action.kind() : null);
		}).toList();
	}

	/**
	 * One record of a dead-letter topic.
	 * @param dlqTopic the topic
	 * @param partition its partition
	 * @param offset its offset
	 * @return the record, if it is there
	 */
	Optional<ConsumerRecord<byte[], byte[]>> record(String dlqTopic, int partition, long offset) {
		TopicPartition position = new TopicPartition(dlqTopic, partition);
		try (KafkaConsumer<byte[], byte[]> consumer = this.kafka.reader()) {
			consumer.assign(List.of(position));
			consumer.seek(position, offset);
			long deadline = System.nanoTime() + this.kafka.requestTimeout().toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() == offset) {
						return Optional.of(record);
					}
					if (record.offset() > offset) {
						return Optional.empty();
					}
				}
				if (consumer.position(position) > offset) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private List<ConsumerRecord<byte[], byte[]>> readAll(String dlqTopic) {
		List<TopicPartition> partitions = this.kafka.partitions(Set.of(dlqTopic));
		Map<TopicPartition, Long> ends = this.kafka.endOffsets(partitions);
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = this.kafka.reader()) {
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + this.kafka.requestTimeout().toNanos();
			while (records.size() < this.properties.maxDeadLetters() && System.nanoTime() < deadline
					&& partitions.stream()
						.anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records.stream().limit(this.properties.maxDeadLetters()).toList();
	}

	private static DeadLetter toDeadLetter(ConsumerRecord<byte[], byte[]> record, DeadLetterAction.Kind handled) {
		Long originalTimestamp = RecordHeaders.number(record.headers(), "x-original-timestamp");
		return new DeadLetter(record.topic(), record.partition(), record.offset(),
				(record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null,
				RecordHeaders.text(record.headers(), "x-original-topic"),
				RecordHeaders.number(record.headers(), "x-original-partition"),
				RecordHeaders.number(record.headers(), "x-original-offset"),
				(originalTimestamp != null) ? Instant.ofEpochMilli(originalTimestamp) : null,
				Instant.ofEpochMilli(record.timestamp()), RecordHeaders.text(record.headers(), "x-exception-message"),
				RecordHeaders.text(record.headers(), "x-exception-fqcn"),
				RecordHeaders.text(record.headers(), "ce_type"), RecordHeaders.text(record.headers(), "ce_id"),
				handled);
	}

}
