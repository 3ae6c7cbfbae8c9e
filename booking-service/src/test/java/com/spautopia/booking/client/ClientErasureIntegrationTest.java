package com.spautopia.booking.client;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.appointment.Booking;
import com.spautopia.booking.appointment.BookingStatus;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff erase a client's personal data: the client and the client's bookings keep no
 * name, phone number or email, the bookings keep their status and price, and ClientErased
 * is published once, however often the erasure is asked for.
 */
@EventFlowTest
class ClientErasureIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

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
	void staffEraseAClientsPersonalDataFromTheClientAndEveryBookingOnce() {
		String first = bookAndConfirm("601345001");
		String second = bookAndConfirm("601345001");
		String clientId = clientIdOf("+48601345001");

		Response erased = this.api.staff().delete("/api/clients/" + clientId);

		assertThat(erased.status()).as(erased.body()).isEqualTo(204);
		Client client = this.mongo.findById(clientId, Client.class);
		assertThat(client.name()).isEqualTo("Erased client");
		assertThat(client.phone()).isEqualTo("erased:" + clientId);
		assertThat(client.email()).isNull();
		assertThat(client.erasedAt()).isNotNull();
		assertThat(client.consentLedger().getLast().source()).isEqualTo("erasure");
		assertThat(client.consentLedger().getLast().by()).isEqualTo("test-staff");
		assertThat(client.consentLedger().getFirst().by()).isEqualTo(ConsentChange.CLIENT);
		for (String bookingId : List.of(first, second)) {
			Booking booking = this.mongo.findById(bookingId, Booking.class);
			assertThat(booking.client().toString()).doesNotContain("601345001", "Ada Lovelace", "ada@example.com");
			assertThat(booking.client().clientId()).isEqualTo(clientId);
			assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
			assertThat(booking.pricing().finalPrice()).isEqualTo(Money.of("220", "PLN"));
		}
		ClientErased event = awaitErasure(clientId);
		assertThat(event.phone()).isEqualTo("+48601345001");
		assertThat(event.bookingIds()).containsExactlyInAnyOrder(first, second);
		assertThat(erasedRecords(clientId)).singleElement()
			.satisfies((record) -> assertThat(new String(record.key())).isEqualTo(clientId));
	}

	@Test
	void erasingAgainAnswersTheSameAndPublishesNothingNew() {
		bookAndConfirm("601345002");
		String clientId = clientIdOf("+48601345002");
		this.api.staff().delete("/api/clients/" + clientId);
		awaitErasure(clientId);

		Response again = this.api.staff().delete("/api/clients/" + clientId);

		assertThat(again.status()).isEqualTo(204);
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(erasedRecords(clientId)).hasSize(1);
			assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is(clientId).and("outbox.0").exists(true)),
					Client.class))
				.isFalse();
		});
	}

	@Test
	void erasingAgainFinishesABookingLeftOver() {
		String booking = bookAndConfirm("601345003");
		String clientId = clientIdOf("+48601345003");
		this.api.staff().delete("/api/clients/" + clientId);
		// as if the service had stopped before it reached this booking
		this.mongo.getCollection("bookings")
			.updateOne(new org.bson.Document("_id", booking),
					new org.bson.Document("$set", new org.bson.Document("client.phone", "+48601345003")));

		this.api.staff().delete("/api/clients/" + clientId);

		assertThat(this.mongo.findById(booking, Booking.class).client().phone()).isEqualTo("erased:" + clientId);
	}

	@Test
	void onlyStaffMayEraseAndAnUnknownClientIsNotFound() {
		bookAndConfirm("601345004");
		String clientId = clientIdOf("+48601345004");

		Response anonymous = this.api.delete("/api/clients/" + clientId);
		Response marketing = this.api.as(TestTokens.marketing()).delete("/api/clients/" + clientId);
		Response unknown = this.api.staff().delete("/api/clients/no-such-client");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(marketing.status()).isEqualTo(403);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(this.mongo.findById(clientId, Client.class).erasedAt()).isNull();
	}

	private String clientIdOf(String phone) {
		return this.mongo.findOne(Query.query(Criteria.where("phone").is(phone)), Client.class).id();
	}

	private ClientErased awaitErasure(String clientId) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.topics.events(Topics.BOOKING_EVENTS)
				.stream()
				.map(EventEnvelope::data)
				.filter(ClientErased.class::isInstance)
				.map(ClientErased.class::cast)
				.filter((event) -> event.clientId().equals(clientId))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> erasedRecords(String clientId) {
		EventTopics topics = this.topics;
		return topics.records(Topics.BOOKING_EVENTS).stream().filter((record) -> {
			SpaEvent event = new com.spautopia.events.EventCodec(java.net.URI.create("/test"))
				.decode(EventTopics.headers(record), record.value())
				.orElseThrow()
				.data();
			return event instanceof ClientErased erased && erased.clientId().equals(clientId);
		}).toList();
	}

	private String bookAndConfirm(String phone) {
		return new ConfirmedBookings(this.api, this.topics).bookAndConfirm(phone).id();
	}

}
