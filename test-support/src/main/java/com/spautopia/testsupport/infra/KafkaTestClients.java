package com.spautopia.testsupport.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw Kafka clients for tests that produce or inspect records directly.
 */
public final class KafkaTestClients {

	private KafkaTestClients() {
	}

	/**
	 * Create an idempotent producer of byte-array keys and values. Close it after use.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @return a new producer
	 */
	public static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 0),
				new ByteArraySerializer(), new ByteArraySerializer());
	}

	/**
	 * Create a consumer of byte-array keys and values that starts at the earliest offset
	 * and does not commit automatically. Close it after use.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @param groupId the consumer group
	 * @return a new consumer
	 */
	public static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String groupId) {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						groupId, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	/**
	 * Read a topic from the beginning of all its partitions until the records read so far
	 * satisfy {@code until} or the timeout passes; no consumer group is used.
	 * @param bootstrapServers the Kafka bootstrap servers
	 * @param topic the topic (created by the broker if it does not exist yet)
	 * @param until stops reading once the records read so far satisfy it
	 * @param timeout how long to read at most
	 * @return every record read, in partition order; possibly not satisfying
	 * {@code until}
	 */
	public static List<ConsumerRecord<byte[], byte[]>> readRecords(String bootstrapServers, String topic,
			Predicate<List<ConsumerRecord<byte[], byte[]>>> until, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers, "reader-" + UUID.randomUUID())) {
			List<TopicPartition> partitions = partitions(consumer, topic, deadline);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			while (!until.test(records) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(100)).forEach(records::add);
			}
		}
		return records;
	}

	private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, long deadline) {
		while (true) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
			if (infos != null && !infos.isEmpty()) {
				return infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList();
			}
			if (System.nanoTime() > deadline) {
				return List.of();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return List.of();
			}
		}
	}

}
