package com.spautopia.promotion.pricing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.spautopia.events.KafkaEventMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain Kafka clients, so tests see records exactly as other services produce and read
 * them.
 */
final class RawKafka implements AutoCloseable {

	private final String bootstrapServers;

	private final KafkaProducer<byte[], byte[]> producer;

	RawKafka(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new ByteArraySerializer(), new ByteArraySerializer());
	}

	void send(String topic, KafkaEventMessage message) {
		send(topic, message.key(), message.headers(), message.payload());
	}

	void send(String topic, String key, Map<String, byte[]> headers, byte[] value) {
		List<Header> recordHeaders = headers.entrySet()
			.stream()
			.<Header>map((header) -> new RecordHeader(header.getKey(), header.getValue()))
			.toList();
		try {
			this.producer
				.send(new ProducerRecord<>(topic, null, key.getBytes(StandardCharsets.UTF_8), value, recordHeaders))
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/**
	 * Reads every record the topic holds now, from the beginning, without a consumer
	 * group, and keeps those with the given key.
	 * @param topic the topic
	 * @param key the record key
	 * @return the records with that key, in offset order
	 */
	List<ConsumerRecord<byte[], byte[]>> records(String topic, String key) {
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
			if (partitions == null || partitions.isEmpty()) {
				return records;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((partition) -> new TopicPartition(topic, partition.partition()))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
			while (assigned.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(keyOf(record))) {
						records.add(record);
					}
				});
			}
		}
		return records;
	}

	static String keyOf(ConsumerRecord<byte[], byte[]> record) {
		return (record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : "";
	}

	static Map<String, byte[]> headersOf(ConsumerRecord<byte[], byte[]> record) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		record.headers().forEach((header) -> headers.put(header.key(), header.value()));
		return headers;
	}

	static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "";
	}

	private KafkaConsumer<byte[], byte[]> consumer() {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

}
