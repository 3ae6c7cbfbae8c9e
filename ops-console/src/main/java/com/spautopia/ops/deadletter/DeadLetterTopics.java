package com.spautopia.ops.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.KafkaUnavailableException;
import com.spautopia.ops.kafka.OpsProperties;
import com.spautopia.ops.kafka.RecordHeaders;
import com.spautopia.ops.privacy.PersonalData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads dead-letter topics ({@code <topic>.<service>.dlq}) without a consumer group, a
 * page at a time: by partition, then by offset, skipping handled messages while reading
 * (not after a cap), so that every message of the topic is reached.
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
	 * One page of a dead-letter topic's messages.
	 * @param dlqTopic the topic
	 * @param all whether handled (replayed or discarded) messages are included
	 * @param after where the previous page ended, null for the first page
	 * @param limit at most this many messages
	 * @return the page, with where the next one starts if the topic has more
	 */
	Page page(String dlqTopic, boolean all, @Nullable DeadLetterPosition after, int limit) {
		List<TopicPartition> partitions = new ArrayList<>(this.kafka.partitions(Set.of(dlqTopic)));
		partitions.sort(Comparator.comparingInt(TopicPartition::partition));
		Map<TopicPartition, Long> ends = this.kafka.endOffsets(partitions);
		List<Letter> letters = new ArrayList<>();
		DeadLetterPosition last = after;
		long deadline = System.nanoTime() + this.kafka.requestTimeout().toNanos();
		try (KafkaConsumer<byte[], byte[]> consumer = this.kafka.reader()) {
			Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
			for (TopicPartition partition : partitions) {
				if (after != null && partition.partition() < after.partition()) {
					continue;
				}
				long start = (after != null && partition.partition() == after.partition())
						? Math.max(after.offset() + 1, beginnings.get(partition)) : beginnings.get(partition);
				long end = ends.get(partition);
				if (start >= end) {
					continue;
				}
				consumer.assign(List.of(partition));
				consumer.seek(partition, start);
				while (consumer.position(partition) < end) {
					if (letters.size() >= limit) {
						return new Page(letters, last);
					}
					if (System.nanoTime() > deadline) {
						return timedOut(dlqTopic, letters, after, last);
					}
					List<ConsumerRecord<byte[], byte[]>> batch = consumer.poll(Duration.ofMillis(200))
						.records(partition)
						.stream()
						.filter((record) -> record.offset() < end)
						.toList();
					Map<String, DeadLetterAction> actions = actions(dlqTopic, batch);
					for (ConsumerRecord<byte[], byte[]> record : batch) {
						if (letters.size() >= limit) {
							return new Page(letters, last);
						}
						DeadLetterAction action = actions
							.get(DeadLetterAction.id(dlqTopic, record.partition(), record.offset()));
						if (all || action == null || action.kind() == DeadLetterAction.Kind.REPLAYING) {
							letters.add(new Letter(record, toDeadLetter(record, action)));
						}
						last = new DeadLetterPosition(record.partition(), record.offset());
					}
				}
			}
		}
		return new Page(letters, null);
	}

	/**
	 * A page cut short by the request timeout: what was read, and the rest on the next
	 * page; nothing read at all is Kafka not answering, never an empty topic.
	 */
	private static Page timedOut(String dlqTopic, List<Letter> letters, @Nullable DeadLetterPosition after,
			@Nullable DeadLetterPosition last) {
		if (last == null || last.equals(after)) {
			throw new KafkaUnavailableException("Could not read " + dlqTopic + " in time");
		}
		return new Page(letters, last);
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

	/**
	 * What operators did with the records of a batch, by id: one query by {@code _id}.
	 */
	private Map<String, DeadLetterAction> actions(String dlqTopic, List<ConsumerRecord<byte[], byte[]>> batch) {
		if (batch.isEmpty()) {
			return Map.of();
		}
		List<String> ids = batch.stream()
			.map((record) -> DeadLetterAction.id(dlqTopic, record.partition(), record.offset()))
			.toList();
		return this.mongo.find(Query.query(where("_id").in(ids)), DeadLetterAction.class)
			.stream()
			.collect(Collectors.toMap(DeadLetterAction::id, Function.identity()));
	}

	private static DeadLetter toDeadLetter(ConsumerRecord<byte[], byte[]> record, @Nullable DeadLetterAction action) {
		Long originalTimestamp = RecordHeaders.number(record.headers(), "x-original-timestamp");
		return new DeadLetter(record.topic(), record.partition(), record.offset(),
				(record.key() != null) ? PersonalData.maskIfPhone(new String(record.key(), StandardCharsets.UTF_8))
						: null,
				RecordHeaders.text(record.headers(), "x-original-topic"),
				RecordHeaders.number(record.headers(), "x-original-partition"),
				RecordHeaders.number(record.headers(), "x-original-offset"),
				(originalTimestamp != null) ? Instant.ofEpochMilli(originalTimestamp) : null,
				Instant.ofEpochMilli(record.timestamp()),
				PersonalData.maskText(RecordHeaders.text(record.headers(), "x-exception-message")),
				RecordHeaders.text(record.headers(), "x-exception-fqcn"),
				RecordHeaders.text(record.headers(), "ce_type"), RecordHeaders.text(record.headers(), "ce_id"),
				(action != null) ? action.kind() : null, (action != null) ? action.by() : null,
				(action != null) ? action.at() : null);
	}

	/**
	 * A dead-letter message as read, with what the list shows of it.
	 *
	 * @param record the record
	 * @param letter the list's view of it
	 */
	record Letter(ConsumerRecord<byte[], byte[]> record, DeadLetter letter) {
	}

	/**
	 * One page of a dead-letter topic's list.
	 *
	 * @param letters its messages
	 * @param next where the next page starts after, null when the topic has no more
	 */
	record Page(List<Letter> letters, @Nullable DeadLetterPosition next) {

		List<DeadLetter> deadLetters() {
			return this.letters.stream().map(Letter::letter).toList();
		}

	}

}
