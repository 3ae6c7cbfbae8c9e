package com.spautopia.ops.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.ops.Bookings;
import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.ops.TestEvents;
import com.spautopia.testsupport.infra.KafkaTestClients;
import com.spautopia.testsupport.time.WallClock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsConsoleTest
class BookingTimelineTests {

	@Autowired
	private MockMvcTester mvc;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void listsABookingsEventsFromTheThreeTopicsInTheOrderTheyHappened() {
		String bookingId = Bookings.newId();
		Instant start = WallClock.now();
		try (TestEvents events = new TestEvents(this.brokers, this.topicPrefix)) {
			// published out of order and across topics; the evaluation twice (a
			// redelivery)
			events.send(Bookings.smsDelivered(bookingId, start.plusSeconds(4)), start.plusSeconds(4));
			events.send(Bookings.emailSent(bookingId, start.plusSeconds(3)), start.plusSeconds(3));
			events.send(Bookings.requested(bookingId, start), start);
			events.send(Bookings.confirmed(bookingId, start.plusSeconds(2)), start.plusSeconds(2));
			String evaluationId = events.send(Bookings.evaluated(bookingId, start.plusSeconds(1)),
					start.plusSeconds(1));
			events.send(Bookings.evaluated(bookingId, start.plusSeconds(1)), evaluationId, start.plusSeconds(1));
			events.send(Bookings.requested(Bookings.newId(), start), start);
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", bookingId))
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$[*].type")
				.asArray()
				.containsExactly("com.spautopia.booking.AppointmentRequested.v1",
						"com.spautopia.promotion.PromotionEvaluated.v1",
						"com.spautopia.booking.AppointmentConfirmed.v1", "com.spautopia.notification.MessageSent.v1",
						"com.spautopia.notification.MessageDelivered.v1"));
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", bookingId)).bodyJson()
			.extractingPath("$[*].topic")
			.asArray()
			.containsExactly("spa.booking.events", "spa.promotion.events", "spa.booking.events",
					"spa.notification.events", "spa.notification.events");
	}

	@Test
	void showsTheLastEventOfEachTopic() {
		String bookingId = Bookings.newId();
		Instant later = WallClock.now().plus(Duration.ofDays(1));
		try (TestEvents events = new TestEvents(this.brokers, this.topicPrefix)) {
			events.send(Bookings.confirmed(bookingId, later), later);
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/topics")).hasStatusOk()
				.bodyJson()
				.extractingPath("$[?(@.topic == 'spa.booking.events')].lastEvent.subject")
				.asArray()
				.containsExactly(bookingId));
	}

	@Test
	void aRecordTheIndexCannotFileIsDeadLetteredForOperatorsNotDropped() throws Exception {
		String key = "not-an-event-" + UUID.randomUUID();
		String dlq = this.topicPrefix + "spa.events.ops-console.dlq";
		try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(this.brokers)) {
			producer
				.send(new ProducerRecord<>(this.topicPrefix + "spa.booking.events",
						key.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)))
				.get(10, TimeUnit.SECONDS);
		}

		String letter = "$[?(@.key == '" + key + "')]";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/dead-letters/{dlq}", dlq)).hasStatusOk()
				.bodyJson()
				.extractingPath(letter + ".originalTopic")
				.asArray()
				.containsExactly(this.topicPrefix + "spa.booking.events"));
		assertThat(this.mvc.get().uri("/api/ops/dead-letters/{dlq}", dlq)).bodyJson()
			.extractingPath(letter + ".error")
			.asArray()
			.singleElement()
			.asString()
			.contains("not an event");
		assertThat(this.mvc.get().uri("/api/ops/dead-letters")).bodyJson().extractingPath("$").asArray().contains(dlq);
	}

	@Test
	void filesAClientErasureAndAConsentChangeUnderTheClientNotAsABooking() {
		String bookingId = Bookings.newId();
		ClientSnapshot client = Bookings.ada("client-" + UUID.randomUUID());
		Instant start = WallClock.now();
		try (TestEvents events = new TestEvents(this.brokers, this.topicPrefix)) {
			events.send(Bookings.requested(bookingId, client, start), start);
			events.send(
					new ClientConsentsChanged(client.clientId(), new Consents(true, true, true),
							"manage link of booking " + bookingId
									+ ": marketing confirmed by the client (double opt-in)",
							start.plusMillis(500)),
					start.plusMillis(500));
			events.send(Bookings.erased(client, List.of(bookingId), start.plusSeconds(1)), start.plusSeconds(1));
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/clients/{id}/timeline", client.clientId()))
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$[*].type")
				.asArray()
				.containsExactly("com.spautopia.booking.AppointmentRequested.v1",
						"com.spautopia.booking.ClientConsentsChanged.v1", "com.spautopia.booking.ClientErased.v1"));
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", client.clientId())).hasStatusOk()
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", bookingId)).bodyJson()
			.extractingPath("$[*].type")
			.asArray()
			.containsExactly("com.spautopia.booking.AppointmentRequested.v1");
	}

}
