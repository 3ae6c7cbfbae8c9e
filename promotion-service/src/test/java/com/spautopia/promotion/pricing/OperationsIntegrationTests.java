package com.spautopia.promotion.pricing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.events.EventCodec;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.Topics;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import com.spautopia.testsupport.security.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators rely on: probes, Prometheus metrics (business figures and the binder's
 * Kafka observations) and the W3C trace context carried across the Kafka hop.
 */
@PromotionServiceTest
class OperationsIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final EventCodec bookingCodec = new EventCodec(URI.create("/spa-utopia/booking-service"));

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Autowired
	private MockMvcTester mvc;

	private RawKafka kafka;

	@BeforeEach
	void openClients() {
		this.kafka = new RawKafka(this.brokers);
	}

	@AfterEach
	void closeClients() {
		this.kafka.close();
	}

	@Test
	void carriesTheTraceOfABookingRequestIntoItsEvaluation() {
		String bookingId = AppointmentRequests.newBookingId();
		KafkaEventMessage request = this.bookingCodec.encode(AppointmentRequests.withoutCode(bookingId));
		Map<String, byte[]> headers = new LinkedHashMap<>(request.headers());
		headers.put("traceparent", ("00-" + TRACE_ID + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
		this.kafka.send(this.topicPrefix + Topics.BOOKING_EVENTS, bookingId, headers, request.payload());

		List<ConsumerRecord<byte[], byte[]>> evaluations = await().atMost(TIMEOUT)
			.until(() -> this.kafka.records(this.topicPrefix + Topics.PROMOTION_EVENTS, bookingId),
					(records) -> !records.isEmpty());

		assertThat(RawKafka.header(evaluations.getFirst(), "traceparent")).startsWith("00-" + TRACE_ID + "-");
	}

	@Test
	void exposesRefusedPromoCodesAndKafkaObservationsToPrometheus() {
		String bookingId = AppointmentRequests.newBookingId();
		this.kafka.send(this.topicPrefix + Topics.BOOKING_EVENTS,
				this.bookingCodec.encode(AppointmentRequests.withCode(bookingId, "NO-SUCH-CODE")));

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get()
				.uri("/actuator/prometheus")
				.header("Authorization", TestTokens.bearer(TestTokens.operator()))).hasStatusOk()
				.bodyText()
				.contains("spa_promotions_refused_total{application=\"promotion-service\",reason=\"UNKNOWN\"}")
				.contains("spring_kafka_listener_seconds_count")
				// the binder's observed send timer, not only the plain one of an unused
				// template
				.containsPattern(
						"spring_kafka_template_seconds_count\\{[^}]*messaging_operation=\"publish\"[^}]*\\} [1-9]"));
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

}
