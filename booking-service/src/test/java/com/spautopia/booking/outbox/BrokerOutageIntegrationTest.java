package com.spautopia.booking.outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.EventType;
import com.spautopia.events.Topics;
import com.spautopia.testsupport.security.TrustTestTokens;
import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.process.KafkaBrokerConfig;
import com.spautopia.testsupport.process.KafkaProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka down never fails a booking: the events wait in the outbox and flow, once each and
 * in order per booking, when the broker is back; the pricing timeout counts from then, so
 * a promo code is not lost to the outage. Uses a real broker process of its own, stopped
 * and started again with its data, like a broker restart in production.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.booking.pricing-timeout=2s", "spa.booking.pricing-timeout-check=200ms",
				"spa.outbox.poll-interval=100ms" })
@Import(TrustTestTokens.class)
class BrokerOutageIntegrationTest {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static Path home;

	private static KafkaBrokerConfig config;

	private static KafkaProcess broker;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownBroker(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("booking-outage");
		config = new KafkaBrokerConfig(home.resolve("kafka"), "127.0.0.1", freePort(), freePort());
		broker = KafkaProcess.start(config, home.resolve("kafka.log"), START_TIMEOUT);
		registry.add("spring.cloud.stream.kafka.binder.brokers", config::bootstrapServers);
		registry.add("spring.mongodb.uri", () -> SpaInfrastructure.shared().mongoUri("outage-" + UUID.randomUUID()));
	}

	@AfterAll
	static void stopBroker() {
		broker.stop(Duration.ofSeconds(15));
		FileSystemUtils.deleteRecursively(home.toFile());
	}

	@Test
	void bookingsMadeWhileKafkaIsDownPublishTheirEventsOnceAndInOrderWhenItIsBack() {
		BookingApi api = new BookingApi(this.port);
		String before = book(api, "601100200");
		awaitEvents(before);

		broker.stop(Duration.ofSeconds(15));
		List<String> during = new ArrayList<>();
		for (String phone : List.of("601100201", "601100202", "601100203")) {
			during.add(book(api, phone));
		}
		// while the broker is down promotion-service cannot see the requests: none is
		// confirmed at list price, however long past the pricing timeout (2 s) it waits
		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(10))
			.until(() -> during.stream()
				.allMatch((id) -> api.staff()
					.get("/api/bookings/" + id)
					.json()
					.get("status")
					.asText()
					.equals("REQUESTED")));
		broker = KafkaProcess.start(config, home.resolve("kafka.log"), START_TIMEOUT);

		for (String id : during) {
			awaitEvents(id);
		}
	}

	private static String book(BookingApi api, String phone) {
		JsonNode slot = api.firstFreeSlot("back-pain-desk-workers", null);
		BookingApi.Response created = api.post("/api/bookings",
				bookingJson("back-pain-desk-workers", slot.get("start").asText(), "Ada Lovelace", phone), null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	private static void awaitEvents(String bookingId) {
		try (EventTopics topics = new EventTopics(config.bootstrapServers(), "")) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				List<EventType> types = topics.events(Topics.BOOKING_EVENTS)
					.stream()
					.filter((event) -> event.subject().equals(bookingId))
					.map(EventEnvelope::type)
					.toList();
				assertThat(types).containsExactly(EventType.APPOINTMENT_REQUESTED, EventType.APPOINTMENT_CONFIRMED);
			});
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
