package com.spautopia.booking.appointment;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.EventType;
import com.spautopia.events.Money;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.WallClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
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

@EventFlowTest
class BookingFlowIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ManageLinkProperties manageLinks;

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
	void bookingIsRequestedThenConfirmedAtTheEvaluatedPrice() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);

		Response created = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", "601 234 567"), null);

		assertThat(created.status()).isEqualTo(201);
		JsonNode booking = created.json();
		String id = booking.get("id").asText();
		assertThat(booking.get("status").asText()).isEqualTo("REQUESTED");
		assertThat(booking.get("treatmentName").asText()).isEqualTo("Back Pain Massage for Desk Workers");
		assertThat(booking.get("start").asText()).isEqualTo(slot.get("start").asText());
		assertThat(booking.get("timeZone").asText()).isEqualTo("Europe/Warsaw");
		assertThat(booking.get("listPrice").get("amount").decimalValue()).isEqualByComparingTo("220.00");
		assertThat(booking.get("manageToken").asText()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(booking.get("manageUrl").asText()).contains(id).contains(booking.get("manageToken").asText());

		AppointmentRequested requested = this.topics.awaitBookingEvent(id, AppointmentRequested.class);
		assertThat(requested.client().phone()).isEqualTo("+48601234567");
		assertThat(requested.appointment().listPrice()).isEqualTo(Money.of("220", "PLN"));

		Money discount = Money.of("22", "PLN");
		this.topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), discount, Money.of("198", "PLN"),
				List.of(new AppliedPromotion("promo-1", "Desk workers 10%", "DESK10", discount)), null,
				WallClock.now()), "/spa-utopia/promotion-service");

		AppointmentConfirmed confirmed = this.topics.awaitBookingEvent(id, AppointmentConfirmed.class);
		assertThat(confirmed.pricing().finalPrice()).isEqualTo(Money.of("198", "PLN"));
		assertThat(confirmed.pricing().source()).isEqualTo(Pricing.Source.EVALUATED);
		// the links travel sealed for notification-service: nothing of them shows in the
		// event
		String token = booking.get("manageToken").asText();
		assertThat(confirmed.manageUrl()).startsWith(SealedLinks.PREFIX).doesNotContain(id, token);
		SealedLinks sealed = SealedLinks.withKey(this.manageLinks.sealingKey());
		assertThat(sealed.open(confirmed.manageUrl(), id)).isEqualTo(booking.get("manageUrl").asText());
		// the SMS's short link: the manage page's host, /m/ and a code of 12 characters,
		// not part of the token
		String shortUrl = sealed.open(confirmed.shortManageUrl(), id);
		String shortPrefix = URI.create(booking.get("manageUrl").asText()).resolve("/m/").toString();
		assertThat(shortUrl).startsWith(shortPrefix).hasSize(shortPrefix.length() + 12);
		assertThat(token).doesNotContain(shortUrl.substring(shortPrefix.length()));
		JsonNode stored = this.api.staff().get("/api/bookings/" + id).json();
		assertThat(stored.get("status").asText()).isEqualTo("CONFIRMED");
		assertThat(stored.get("pricing").get("finalPrice").get("amount").decimalValue())
			.isEqualByComparingTo(new BigDecimal("198.00"));
		assertThat(stored.has("manageToken") && !stored.get("manageToken").isNull()).isFalse();
		// at rest: neither the token nor the short code, only a hash of the code
		String document = this.mongo.getCollection("bookings").find(new Document("_id", id)).first().toJson();
		assertThat(document).doesNotContain(token, shortUrl.substring(shortPrefix.length()))
			.contains(ManageLinks.shortCodeHash(shortUrl.substring(shortPrefix.length())));
	}

	@Test
	void theLanguageChosenOnTheBookingPageTravelsWithTheEventsAndTheManagePageChangesIt() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String json = bookingJson(BACK_PAIN, slot.get("start").asText(), "Małgorzata Wiśniewska", "601234599")
			.replace("\"smsConsent\"", "\"language\": \"pl\", \"smsConsent\"");
		JsonNode booking = this.api.post("/api/bookings", json, null).json();
		String id = booking.get("id").asText();
		Map<String, String> token = Map.of(BookingController.MANAGE_TOKEN, booking.get("manageToken").asText());

		assertThat(this.topics.awaitBookingEvent(id, AppointmentRequested.class).client().language()).isEqualTo("pl");
		Response german = this.api.postWithHeaders("/api/bookings/" + id + "/language", "{\"language\": \"de\"}",
				token);
		Response english = this.api.postWithHeaders("/api/bookings/" + id + "/language", "{\"language\": \"en\"}",
				token);
		Response anonymous = this.api.postWithHeaders("/api/bookings/" + id + "/language", "{\"language\": \"pl\"}",
				Map.of());
		this.topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), Money.zero("PLN"),
				Money.of("220", "PLN"), List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");

		assertThat(german.status()).isEqualTo(400);
		assertThat(english.status()).as(english.body()).isEqualTo(200);
		assertThat(english.json().get("language").asText()).isEqualTo("en");
		assertThat(anonymous.status()).isEqualTo(403);
		assertThat(this.topics.awaitBookingEvent(id, AppointmentConfirmed.class).client().language()).isEqualTo("en");

		// once confirmed, a change is an event of its own, so that the reminders follow
		// it
		Response polish = this.api.postWithHeaders("/api/bookings/" + id + "/language", "{\"language\": \"pl\"}",
				token);
		this.api.postWithHeaders("/api/bookings/" + id + "/language", "{\"language\": \"pl\"}", token);
		assertThat(polish.json().get("language").asText()).isEqualTo("pl");
		assertThat(this.topics.awaitBookingEvent(id, AppointmentLanguageChanged.class).client().language())
			.isEqualTo("pl");
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.topics.events(Topics.BOOKING_EVENTS))
				.filteredOn((event) -> event.subject().equals(id))
				.extracting(EventEnvelope::type)
				.as("the same language again changes nothing")
				.containsExactly(EventType.APPOINTMENT_REQUESTED, EventType.APPOINTMENT_CONFIRMED,
						EventType.APPOINTMENT_LANGUAGE_CHANGED));
	}

	@Test
	void aBookingWithoutALanguageLeavesItToTheSpasDefault() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String id = this.api
			.post("/api/bookings", bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", "601234598"),
					null)
			.json()
			.get("id")
			.asText();

		assertThat(this.topics.awaitBookingEvent(id, AppointmentRequested.class).client().language()).isNull();
	}

	@Test
	void eventsOfOneBookingAreKeyedByItsIdInOrder() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String id = this.api
			.post("/api/bookings", bookingJson(BACK_PAIN, slot.get("start").asText(), "Grace Hopper", "602345678"),
					null)
			.json()
			.get("id")
			.asText();
		this.topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), Money.zero("PLN"),
				Money.of("220", "PLN"), List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<ConsumerRecord<byte[], byte[]>> mine = this.topics.records(Topics.BOOKING_EVENTS)
				.stream()
				.filter((record) -> new String(record.key(), StandardCharsets.UTF_8).equals(id))
				.toList();
			assertThat(mine)
				.extracting((record) -> new String(EventTopics.headers(record).get("ce_type"), StandardCharsets.UTF_8))
				.containsExactly(EventType.APPOINTMENT_REQUESTED.typeName(),
						EventType.APPOINTMENT_CONFIRMED.typeName());
			assertThat(mine).extracting(ConsumerRecord::partition).containsOnly(mine.get(0).partition());
		});
	}

	@Test
	void aRedeliveredEvaluationChangesNothingAndConfirmsOnce() {
		String id = book("604100200");
		String marker = book("604100201");
		ProducerRecord<byte[], byte[]> evaluation = evaluationOnFirstPartition(id, "198");
		this.topics.send(evaluation);
		this.topics.awaitBookingEvent(id, AppointmentConfirmed.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.mongo.findById(id, Booking.class).outbox().isEmpty());
		Booking confirmed = this.mongo.findById(id, Booking.class);

		this.topics.send(evaluation);
		this.topics.send(evaluationOnFirstPartition(id, "150"));
		// consumed after the two above, as they are on the same partition
		this.topics.send(evaluationOnFirstPartition(marker, "220"));
		this.topics.awaitBookingEvent(marker, AppointmentConfirmed.class);

		assertThat(this.mongo.findById(id, Booking.class)).isEqualTo(confirmed);
		assertThat(confirmed.pricing().finalPrice()).isEqualTo(Money.of("198", "PLN"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.topics.events(Topics.BOOKING_EVENTS))
				.filteredOn((event) -> event.subject().equals(id))
				.extracting(EventEnvelope::type)
				.containsExactly(EventType.APPOINTMENT_REQUESTED, EventType.APPOINTMENT_CONFIRMED));
	}

	@Test
	void rejectsSecondBookingForSameSlotHoweverManyRace() throws Exception {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, "maria-nowak");
		String json = bookingJson(BACK_PAIN, slot.get("start").asText(), "Racer", "603456789").replace("\"start\"",
				"\"therapistId\": \"maria-nowak\", \"start\"");
		List<Callable<Integer>> requests = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			requests.add(() -> this.api.post("/api/bookings", json, null).status());
		}

		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<Integer> status : pool.invokeAll(requests)) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(49);
		Query sameSlot = Query.query(Criteria.where("time.therapistId")
			.is("maria-nowak")
			.and("time.start")
			.is(OffsetDateTime.parse(slot.get("start").asText()).toInstant()));
		assertThat(this.mongo.count(sameSlot, Booking.class)).isOne();
	}

	@Test
	void sameIdempotencyKeyAndBodyGivesTheSameBookingOnce() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String json = bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", "+48 601 234 501");

		Response first = this.api.post("/api/bookings", json, "key-1");
		long bookings = this.mongo.count(new Query(), Booking.class);
		Response again = this.api.post("/api/bookings", json, "key-1");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(this.mongo.count(new Query(), Booking.class)).isEqualTo(bookings);
	}

	@Test
	void sameIdempotencyKeyWithAnotherBodyIsRefused() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		this.api.post("/api/bookings", bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada", "601234511"), "key-2");

		Response misuse = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Someone Else", "601234511"), "key-2");

		assertThat(misuse.status()).isEqualTo(422);
		assertThat(misuse.contentType()).startsWith("application/problem+json");
		assertThat(misuse.json().get("detail").asText()).contains("Idempotency-Key");
	}

	@Test
	void invalidInputIsAProblemNamingTheFieldAndBooksNothing() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		long before = this.mongo.count(new Query(), Booking.class);

		Response badPhone = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada", "12"), null);
		Response unknownTreatment = this.api.post("/api/bookings",
				bookingJson("hot-stones", slot.get("start").asText(), "Ada", "601234567"), null);
		Response missingName = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "", "601234567"), null);
		Response offGrid = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText().replace(":00+", ":07+"), "Ada", "601234567"), null);

		assertProblem(badPhone, 400, "client.phone");
		assertProblem(unknownTreatment, 422, "treatmentId");
		assertProblem(missingName, 400, "client.name");
		assertProblem(offGrid, 422, "start");
		assertThat(this.mongo.count(new Query(), Booking.class)).isEqualTo(before);
	}

	@Test
	void poisonEvaluationGoesToTheDeadLetterTopicWithoutBlockingTheNextOne() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		String id = this.api
			.post("/api/bookings", bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada", "601234512"), null)
			.json()
			.get("id")
			.asText();
		ProducerRecord<byte[], byte[]> poison = new ProducerRecord<>(this.topics.topic(Topics.PROMOTION_EVENTS),
				id.getBytes(StandardCharsets.UTF_8), "{\"bookingId\":42}".getBytes(StandardCharsets.UTF_8));
		poison.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
		this.topics.send(poison);
		this.topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), Money.zero("PLN"),
				Money.of("220", "PLN"), List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.staff().get("/api/bookings/" + id).json().get("status").asText())
				.isEqualTo("CONFIRMED"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.topics.records(Topics.PROMOTION_EVENTS + ".booking-service.dlq"))
				.singleElement()
				.satisfies((dead) -> assertThat(new String(dead.value(), StandardCharsets.UTF_8))
					.isEqualTo("{\"bookingId\":42}")));
	}

	private String book(String phone) {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		Response created = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", phone), null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	private ProducerRecord<byte[], byte[]> evaluationOnFirstPartition(String bookingId, String finalPrice) {
		Money listPrice = Money.of("220", "PLN");
		Money price = Money.of(finalPrice, "PLN");
		return this.topics.record(new PromotionEvaluated(bookingId, listPrice, listPrice.minus(price), price, List.of(),
				null, WallClock.now()), "/spa-utopia/promotion-service", 0);
	}

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").findValuesAsText("field")).as(response.body()).containsExactly(field);
	}

}
