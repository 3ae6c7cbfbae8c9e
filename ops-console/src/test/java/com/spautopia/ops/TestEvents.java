package com.spautopia.ops;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.spautopia.events.EventCodec;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SpaEvent;
import com.spautopia.testsupport.infra.KafkaTestClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Publishes contract events as the services do (CloudEvents binary mode, keyed by
 * aggregate id), to the topics of one test context.
 */
public final class TestEvents implements AutoCloseable {

	private final EventCodec codec = new EventCodec(URI.create("/spa-utopia/test"));

	private final KafkaProducer<byte[], byte[]> producer;

	private final String topicPrefix;

	public TestEvents(String bootstrapServers, String topicPrefix) {
		this.producer = KafkaTestClients.producer(bootstrapServers);
		this.topicPrefix = topicPrefix;
	}

	/**
	 * Publishes an event with a new id.
	 * @param event the event
	 * @param time its CloudEvents time
	 * @return its id
	 */
	public String send(SpaEvent event, Instant time) {
		String id = UUID.randomUUID().toString();
		send(event, id, time);
		return id;
	}

	public void send(SpaEvent event, String id, Instant time) {
		KafkaEventMessage message = this.codec.encode(event, id, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
		List<Header> headers = message.headers()
			.entrySet()
			.stream()
			.<Header>map((header) -> new RecordHeader(header.getKey(), header.getValue()))
			.toList();
		try {
			this.producer
				.send(new ProducerRecord<>(this.topicPrefix + message.topic(), null,
						message.key().getBytes(StandardCharsets.UTF_8), message.payload(), headers))
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + id, ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
