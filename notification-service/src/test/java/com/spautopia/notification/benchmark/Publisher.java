package com.spautopia.notification.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.spautopia.events.KafkaEventMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes events as booking-service does, asynchronously, for the benchmark.
 */
final class Publisher implements AutoCloseable {

	private final KafkaProducer<byte[], byte[]> producer;

	private final String topicPrefix;

	private volatile int lastRecordSize = 1024;

	Publisher(String bootstrapServers, String topicPrefix) {
		this.topicPrefix = topicPrefix;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 2),
				new ByteArraySerializer(), new ByteArraySerializer());
	}

	void publish(KafkaEventMessage message) {
		List<Header> headers = new ArrayList<>();
		message.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
		this.lastRecordSize = message.payload().length;
		this.producer.send(new ProducerRecord<>(this.topicPrefix + message.topic(), null,
				message.key().getBytes(StandardCharsets.UTF_8), message.payload(), headers));
	}

	/**
	 * The size of the last event's payload, for a ceiling measured with records like it.
	 * @return bytes
	 */
	int lastRecordSize() {
		return this.lastRecordSize;
	}

	void flush() {
		this.producer.flush();
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

}
