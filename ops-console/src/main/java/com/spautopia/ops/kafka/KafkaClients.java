package com.spautopia.ops.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The console's own Kafka clients: one Admin client, one idempotent producer (replays)
 * and short-lived group-less consumers for reading topics.
 */
@Component
public class KafkaClients implements DisposableBean {

	/**
	 * How long the producer may block in {@code send} (waiting for metadata) before its
	 * delivery timeout starts.
	 */
	private static final Duration MAX_BLOCK = Duration.ofSeconds(5);

	/**
	 * How long the producer keeps trying to deliver a record once sent.
	 */
	private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);

	private final OpsProperties properties;

	private final Admin admin;

	private final KafkaProducer<byte[], byte[]> producer;

	KafkaClients(OpsProperties properties) {
		this.properties = properties;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
				AdminClientConfig.CLIENT_ID_CONFIG, "ops-console-admin"));
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				properties.bootstrapServers(), ProducerConfig.CLIENT_ID_CONFIG, "ops-console-replay",
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
				(int) DELIVERY_TIMEOUT.toMillis(), ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK.toMillis()), new ByteArraySerializer(),
				new ByteArraySerializer());
	}

	public Admin admin() {
		return this.admin;
	}

	/**
	 * Waits for the result of an Admin call.
	 * @param future the call
	 * @param <T> the result type
	 * @return the result
	 * @throws KafkaUnavailableException when Kafka does not answer in time or fails
	 */
	public <T> T await(KafkaFuture<T> future) {
		return await((Future<T>) future.toCompletionStage().toCompletableFuture());
	}

	private <T> T await(Future<T> future) {
		try {
			return future.get(this.properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaUnavailableException("Interrupted while waiting for Kafka", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new KafkaUnavailableException("Kafka did not answer: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Every partition of the given topics that exist.
	 * @param topics topic names
	 * @return their partitions
	 */
	public List<TopicPartition> partitions(Set<String> topics) {
		Set<String> existing = await(this.admin.listTopics().names());
		List<String> present = topics.stream().filter(existing::contains).toList();
		if (present.isEmpty()) {
			return List.of();
		}
		Map<String, TopicDescription> descriptions = await(this.admin.describeTopics(present).allTopicNames());
		List<TopicPartition> partitions = new ArrayList<>();
		descriptions.values()
			.forEach((description) -> description.partitions()
				.forEach((info) -> partitions.add(new TopicPartition(description.name(), info.partition()))));
		return partitions;
	}

	/**
	 * The log end offset of each partition.
	 * @param partitions the partitions
	 * @return the offset the next record will get, by partition
	 */
	public Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
		return offsets(partitions, OffsetSpec.latest());
	}

	/**
	 * The first offset still held of each partition (older records were deleted by
	 * retention).
	 * @param partitions the partitions
	 * @return the offset of the oldest record held, by partition
	 */
	public Map<TopicPartition, Long> beginningOffsets(List<TopicPartition> partitions) {
		return offsets(partitions, OffsetSpec.earliest());
	}

	private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
		partitions.forEach((partition) -> specs.put(partition, spec));
		Map<TopicPartition, Long> offsets = new HashMap<>();
		await(this.admin.listOffsets(specs).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	/**
	 * A consumer without a group, for reading records by position. Close it after use.
	 * @return a new consumer
	 */
	public KafkaConsumer<byte[], byte[]> reader() {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.properties.bootstrapServers(),
						ConsumerConfig.CLIENT_ID_CONFIG, "ops-console-reader-" + UUID.randomUUID(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	/**
	 * Publishes a record and waits until the broker has it.
	 * @param record the record
	 * @return where it landed
	 */
	public RecordMetadata send(ProducerRecord<byte[], byte[]> record) {
		return await(this.producer.send(record));
	}

	/**
	 * How long after a replay was claimed its copy may still land, whatever its caller
	 * saw: the producer's blocking and delivery timeouts, with a margin for the time
	 * between claim and send.
	 * @return the duration
	 */
	public Duration replaySettleTime() {
		return MAX_BLOCK.plus(DELIVERY_TIMEOUT).plus(Duration.ofSeconds(5));
	}

	public Duration requestTimeout() {
		return this.properties.requestTimeout();
	}

	@Override
	public void destroy() {
		this.producer.close(Duration.ofSeconds(5));
		this.admin.close(Duration.ofSeconds(5));
	}

}
