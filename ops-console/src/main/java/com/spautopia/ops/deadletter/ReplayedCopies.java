package com.spautopia.ops.deadletter;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.KafkaUnavailableException;
import com.spautopia.ops.kafka.RecordHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import org.springframework.stereotype.Component;

/**
 * Finds the copy a replay attempt published, by the attempt id it carries in the
 * {@code spa_replay_attempt} header, searching the original topic from where its
 * partitions ended when the attempt was claimed.
 */
@Component
class ReplayedCopies {

	static final String ATTEMPT_HEADER = "spa_replay_attempt";

	private final KafkaClients kafka;

	ReplayedCopies(KafkaClients kafka) {
		this.kafka = kafka;
	}

	/**
	 * Where each partition of a topic ends now.
	 * @param topic the topic
	 * @return the end offsets by partition number
	 */
	Map<String, Long> ends(String topic) {
		Map<String, Long> ends = new HashMap<>();
		this.kafka.endOffsets(this.kafka.partitions(Set.of(topic)))
			.forEach((partition, end) -> ends.put(String.valueOf(partition.partition()), end));
		return ends;
	}

	/**
	 * The copy an attempt published, if the topic has it.
	 * @param topic the original topic
	 * @param from where to search from, by partition number
	 * @param attempt the attempt id
	 * @return where the copy is ({@code topic/partition/offset})
	 */
	Optional<String> find(String topic, Map<String, Long> from, String attempt) {
		List<TopicPartition> partitions = this.kafka.partitions(Set.of(topic));
		Map<TopicPartition, Long> ends = this.kafka.endOffsets(partitions);
		long deadline = System.nanoTime() + this.kafka.requestTimeout().toNanos();
		try (KafkaConsumer<byte[], byte[]> consumer = this.kafka.reader()) {
			consumer.assign(partitions);
			partitions.forEach((partition) -> consumer.seek(partition,
					from.getOrDefault(String.valueOf(partition.partition()), 0L)));
			while (System.nanoTime() < deadline && partitions.stream()
				.anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (attempt.equals(RecordHeaders.text(record.headers(), ATTEMPT_HEADER))) {
						return Optional.of(record.topic() + "/" + record.partition() + "/" + record.offset());
					}
				}
			}
			if (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				throw new KafkaUnavailableException("Could not read " + topic + " to its end in time");
			}
		}
		return Optional.empty();
	}

}
