package com.spautopia.booking;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;

import org.springframework.core.env.Environment;

/**
 * Reads and writes a test's own (prefixed) topics with plain Kafka clients, as another
 * service would.
 */
public final class EventTopics implements AutoCloseable {

	private final String brokers;

	private final String prefix;

	private final KafkaProducer<byte[], byte[]> producer;

	private final Map<String, List<ConsumerRecord<byte[], byte[]>>> seen = new HashMap<>();

	private final Map<String, KafkaConsumer<byte[], byte[]>> consumers = new HashMap<>();

	/**
	 * The topics of the service under test: its broker and topic prefix.
	 * @param environment the test's Spring environment
	 * @return the topics
	 */
	public static EventTopics of(Environment environment) {
		return new EventTopics(environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
				environment.getRequiredProperty("spa.kafka.topic-prefix"));
	}

	public EventTopics(String brokers, String prefix) {
		this.brokers = brokers;
		this.prefix = prefix;
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		this.producer = new KafkaProducer<>(props);
	}

	public void publish(SpaEvent event, String source) {
		send(record(event, source, null));
	}

	/**
	 * An event as a record, to send (and re-send, as a redelivery) with {@link #send}.
	 * @param event the event
	 * @param source the CloudEvents source
	 * @param partition a partition, so that records sent one after another are also
	 * consumed in that order; or null for the key's partition
	 * @return the record, with a CloudEvents id of its own
	 */
	public ProducerRecord<byte[], byte[]> record(SpaEvent event, String source, Integer partition) {
		KafkaEventMessage message = new EventCodec(URI.create(source)).encode(event);
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(this.prefix + message.topic(), partition,
				message.key().getBytes(StandardCharsets.UTF_8), message.payload());
		message.headers().forEach((name, value) -> record.headers().add(name, value));
		return record;
	}

	public void send(ProducerRecord<byte[], byte[]> record) {
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String topic(String name) {
		return this.prefix + name;
	}

	/**
	 * Every record read so far from a topic (without the prefix), reading what is new
	 * first.
	 * @param topic the topic name without the test's prefix
	 * @return the records in offset order per partition
	 */
	public List<ConsumerRecord<byte[], byte[]>> records(String topic) {
		KafkaConsumer<byte[], byte[]> consumer = this.consumers.computeIfAbsent(topic, this::consumer);
		for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
			this.seen.computeIfAbsent(topic, (t) -> new ArrayList<>()).add(record);
		}
		return List.copyOf(this.seen.getOrDefault(topic, List.of()));
	}

	public List<EventEnvelope<SpaEvent>> events(String topic) {
		EventCodec codec = new EventCodec(URI.create("/test"));
		return records(topic).stream()
			.map((record) -> codec.decode(headers(record), record.value()).orElseThrow())
			.toList();
	}

	/**
	 * Waits for the first event of a type about a booking on the booking topic.
	 * @param <T> the event type
	 * @param bookingId the booking
	 * @param type the event type
	 * @return the event
	 */
	public <T extends SpaEvent> T awaitBookingEvent(String bookingId, Class<T> type) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> events(Topics.BOOKING_EVENTS).stream()
				.map(EventEnvelope::data)
				.filter(type::isInstance)
				.map(type::cast)
				.filter((event) -> event.aggregateId().equals(bookingId))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	public static Map<String, byte[]> headers(ConsumerRecord<byte[], byte[]> record) {
		Map<String, byte[]> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return headers;
	}

	private KafkaConsumer<byte[], byte[]> consumer(String topic) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers);
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
		consumer.subscribe(List.of(this.prefix + topic));
		return consumer;
	}

	@Override
	public void close() {
		this.consumers.values().forEach(KafkaConsumer::close);
		this.producer.close();
	}

}
