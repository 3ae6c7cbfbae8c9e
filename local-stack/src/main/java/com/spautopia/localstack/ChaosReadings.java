package com.spautopia.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.localstack.ChaosHttp.Answer;
import com.spautopia.localstack.chaos.Observed;
import com.spautopia.testsupport.infra.KafkaTestClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * What the chaos run reads from the outside once the platform has settled: the topics
 * with a plain consumer (no group), the consumer groups' lag, the bookings through the
 * staff API, the SMS simulator's records.
 */
final class ChaosReadings {

	private final String bootstrapServers;

	ChaosReadings(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Every record of a topic, partition by partition in offset order.
	 * @param topic the topic
	 * @return its records
	 */
	List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = KafkaTestClients.consumer(this.bootstrapServers,
				"chaos-reader-" + UUID.randomUUID())) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
			if (infos == null || infos.isEmpty()) {
				return records;
			}
			List<TopicPartition> partitions = infos.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (partitions.stream().anyMatch((tp) -> consumer.position(tp) < ends.get(tp))
					&& System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		records.sort((a, b) -> (a.partition() != b.partition()) ? Integer.compare(a.partition(), b.partition())
				: Long.compare(a.offset(), b.offset()));
		return records;
	}

	List<Observed.BookingEvent> bookingEvents(String topic) {
		List<Observed.BookingEvent> events = new ArrayList<>();
		for (ConsumerRecord<byte[], byte[]> record : readAll(topic)) {
			String type = header(record, "ce_type");
			String subject = header(record, "ce_subject");
			String id = header(record, "ce_id");
			if (type == null || subject == null || id == null) {
				continue;
			}
			String simple = simpleType(type);
			if (simple.startsWith("Appointment") || simple.startsWith("SlotFreed") || simple.startsWith("Waitlist")) {
				events.add(new Observed.BookingEvent(subject, simple, id, record.partition(), record.offset()));
			}
		}
		return events;
	}

	/**
	 * {@code com.spautopia.booking.AppointmentConfirmed.v1} is
	 * {@code AppointmentConfirmed}.
	 */
	static String simpleType(String type) {
		String[] parts = type.split("\\.");
		return (parts.length >= 2) ? parts[parts.length - 2] : type;
	}

	List<String> topics() {
		try (Admin admin = admin()) {
			return new ArrayList<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Listing the topics failed", ex);
		}
	}

	List<Observed.DeadLetter> deadLetters() {
		List<Observed.DeadLetter> letters = new ArrayList<>();
		for (String topic : topics()) {
			if (topic.endsWith(".dlq")) {
				for (ConsumerRecord<byte[], byte[]> record : readAll(topic)) {
					letters.add(new Observed.DeadLetter(topic,
							(record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null));
				}
			}
		}
		return letters;
	}

	/**
	 * The consumer groups' lag, summed over every partition they commit offsets for.
	 * @return the lag by group; empty when Kafka does not answer
	 */
	Map<String, Long> lag() {
		Map<String, Long> lag = new HashMap<>();
		try (Admin admin = admin()) {
			Collection<GroupListing> groups = admin.listGroups().all().get(20, TimeUnit.SECONDS);
			for (GroupListing group : groups) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
					.partitionsToOffsetAndMetadata()
					.get(20, TimeUnit.SECONDS);
				Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
				committed.keySet().forEach((tp) -> latest.put(tp, OffsetSpec.latest()));
				var ends = admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS);
				long total = 0;
				for (var entry : committed.entrySet()) {
					if (entry.getValue() != null) {
						total += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
					}
				}
				lag.put(group.groupId(), total);
			}
		}
		catch (Exception ex) {
			return Map.of();
		}
		return lag;
	}

	private Admin admin() {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20000);
		return Admin.create(properties);
	}

	/**
	 * Every booking the clients made, each read as its client reads it (its manage
	 * token): status, therapist, room, time and the promotions it was given.
	 * @param http the client
	 * @param bookingUrl booking-service
	 * @param tokens the manage token of each booking, by booking id
	 * @return the bookings
	 */
	static List<Observed.Booking> bookings(ChaosHttp http, String bookingUrl, Map<String, String> tokens) {
		List<Observed.Booking> bookings = new ArrayList<>();
		tokens.forEach((id, token) -> {
			Answer answer = http.get(bookingUrl + "/api/bookings/" + id, Map.of("X-Manage-Token", token));
			if (!answer.is(200)) {
				throw new IllegalStateException("GET /api/bookings/" + id + " answered " + answer);
			}
			JsonNode booking = answer.body();
			List<String> promotions = new ArrayList<>();
			booking.path("pricing")
				.path("appliedPromotions")
				.forEach((promotion) -> promotions.add(promotion.path("promotionId").asText()));
			bookings.add(new Observed.Booking(id, booking.path("status").asText(), booking.path("clientId").asText(),
					booking.path("therapistId").asText(), text(booking, "secondTherapistId"), text(booking, "roomId"),
					Instant.from(java.time.OffsetDateTime.parse(booking.path("start").asText())),
					Instant.from(java.time.OffsetDateTime.parse(booking.path("end").asText())), promotions));
		});
		return bookings;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asText();
	}

	/**
	 * A record's header as text.
	 * @param record the record
	 * @param name the header's name
	 * @return its last value, or {@code null} when it has none
	 */
	static @Nullable String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
