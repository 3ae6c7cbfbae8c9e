package com.spautopia.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import com.spautopia.events.KafkaEventMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain Kafka clients for the tests: publishes CloudEvents records as booking-service
 * does and reads topics from the beginning.
 */
final class BookingTopic implements AutoCloseable {

	private final String bootstrapServers;

	private final String topicPrefix;

	private final KafkaProducer<byte[], byte[]> producer;

	BookingTopic(String bootstrapServers, String topicPrefix) {
		this.bootstrapServers = bootstrapServers;
		this.topicPrefix = topicPrefix;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new ByteArraySerializer(), new ByteArraySerializer());
	}

	/**
	 * Publishes an encoded event under its own key.
	 * @param message the event
	 */
	void publish(KafkaEventMessage message) {
		publish(message, message.key());
	}

	/**
	 * Publishes an encoded event under a chosen key, so that it lands on the partition of
	 * another aggregate and is consumed after that aggregate's earlier records.
	 * @param message the event
	 * @param key the record key
	 */
	void publish(KafkaEventMessage message, String key) {
		List<Header> headers = new ArrayList<>();
		message.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(this.topicPrefix + message.topic(), null,
				key.getBytes(StandardCharsets.UTF_8), message.payload(), headers);
		try {
			this.producer.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish to " + record.topic(), ex);
		}
	}

	/**
	 * Reads a topic (its name without the test's prefix) from the beginning until the
	 * records read satisfy {@code until} or the timeout passes.
	 * @param topic the topic
	 * @param until when to stop
	 * @param timeout how long to read at most
	 * @return the records read
	 */
	List<ConsumerRecord<byte[], byte[]>> read(String topic, Predicate<List<ConsumerRecord<byte[], byte[]>>> until,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"test-reader-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(this.topicPrefix + topic, timeout)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			while (!until.test(records) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

}
