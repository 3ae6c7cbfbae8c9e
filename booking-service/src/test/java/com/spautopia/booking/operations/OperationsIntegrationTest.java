package com.spautopia.booking.operations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.QueryRecording;
import com.spautopia.events.EventType;
import com.spautopia.events.Money;
import com.spautopia.events.Topics;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.WallClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators rely on: one trace from the booking request through the outbox to the
 * published event, and on through the evaluation consumed to the confirmation published;
 * bookings by status and the binder's Kafka observations in Prometheus.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.booking.pricing-timeout=5m", "spa.outbox.poll-interval=100ms",
				"spa.booking.metrics-interval=200ms" })
@Import(QueryRecording.class)
class OperationsIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String REQUEST_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String EVALUATION_TRACE = "0af7651916cd43dd8448eb211c80319c";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	private BookingApi api;

	private EventTopics topics;

	@BeforeEach
	void connect() {
		this.api = new BookingApi(this.port);
		this.topics = EventTopics.of(this.environment);
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
	}

	@Test
	void eventsPublishedFromTheOutboxContinueTheTraceOfTheChangeThatCausedThem() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String id = this.api
			.postWithHeaders("/api/bookings",
					bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", "601 234 568"),
					Map.of("traceparent", traceparent(REQUEST_TRACE, "00f067aa0ba902b7")))
			.json()
			.get("id")
			.asText();

		assertThat(traceparentOf(awaitRecord(id, EventType.APPOINTMENT_REQUESTED))).startsWith("00-" + REQUEST_TRACE)
			.doesNotContain("00f067aa0ba902b7");

		ProducerRecord<byte[], byte[]> evaluation = this.topics.record(new PromotionEvaluated(id,
				Money.of("220", "PLN"), Money.zero("PLN"), Money.of("220", "PLN"), List.of(), null, WallClock.now()),
				"/spa-utopia/promotion-service", null);
		evaluation.headers()
			.add("traceparent", traceparent(EVALUATION_TRACE, "b7ad6b7169203331").getBytes(StandardCharsets.UTF_8));
		this.topics.send(evaluation);

		assertThat(traceparentOf(awaitRecord(id, EventType.APPOINTMENT_CONFIRMED)))
			.startsWith("00-" + EVALUATION_TRACE);
	}

	@Test
	void exposesBookingsByStatusAndKafkaObservationsToOperators() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		this.api.post("/api/bookings", bookingJson(BACK_PAIN, slot.get("start").asText(), "Grace Hopper", "602345679"),
				null);

		await().atMost(TIMEOUT).untilAsserted(() -> {
			BookingApi.Response metrics = this.api.as(TestTokens.operator()).get("/actuator/prometheus");
			assertThat(metrics.status()).isEqualTo(200);
			assertThat(metrics.body())
				.containsPattern("spa_bookings\\{application=\"booking-service\"," + "status=\"REQUESTED\"\\} [1-9]")
				.contains("spa_bookings{application=\"booking-service\",status=\"NO_SHOW\"}")
				.containsPattern(
						"spring_kafka_template_seconds_count\\{[^}]*messaging_operation=\"publish\"[^}]*\\} [1-9]");
		});
	}

	private ConsumerRecord<byte[], byte[]> awaitRecord(String bookingId, EventType type) {
		return await().atMost(TIMEOUT)
			.until(() -> this.topics.records(Topics.BOOKING_EVENTS)
				.stream()
				.filter((record) -> new String(record.key(), StandardCharsets.UTF_8).equals(bookingId))
				.filter((record) -> type.typeName().equals(header(record, "ce_type")))
				.findFirst(), (found) -> found.isPresent())
			.orElseThrow();
	}

	private static String traceparentOf(ConsumerRecord<byte[], byte[]> record) {
		return header(record, "traceparent");
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		byte[] value = EventTopics.headers(record).get(name);
		return (value != null) ? new String(value, StandardCharsets.UTF_8) : "";
	}

	private static String traceparent(String traceId, String spanId) {
		return "00-" + traceId + "-" + spanId + "-01";
	}

}
