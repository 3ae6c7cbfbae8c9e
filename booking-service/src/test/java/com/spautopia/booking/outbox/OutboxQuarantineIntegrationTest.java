package com.spautopia.booking.outbox;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.IdleRelayTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.Topics;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.TestClock;
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
import org.springframework.data.mongodb.core.query.Update;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An outbox entry that can never be published (a type no consumer knows, data that does
 * not read as its type) is quarantined: kept with its reason, counted and listed for
 * operators, while the events after it and those of other bookings are published. Same
 * context as {@link SeveralRelaysIntegrationTest}: the application's relay is idle, the
 * test runs it.
 */
@IdleRelayTest
class OutboxQuarantineIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TestClock clock;

	private EventTopics topics;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.topics = EventTopics.of(this.environment);
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
	}

	@Test
	void anEntryThatCannotBePublishedIsQuarantinedAndTheOthersArePublished() {
		String broken = book("601100401");
		String unreadable = book("601100402");
		String healthy = book("601100403");
		// a booking whose first waiting event has a type no consumer knows, before its
		// AppointmentRequested; another whose event's data was damaged
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(broken)),
				new Update().push("outbox")
					.atPosition(0)
					.value(new Document("eventId", "bad-type-" + broken).append("type", "com.spautopia.no.such.Event")
						.append("data", "{}")
						.append("occurredAt", Date.from(this.clock.instant()))),
				"bookings");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(unreadable)),
				new Update().set("outbox.0.data", "{\"bookingId\": [1, 2"), "bookings");

		this.relay.publishPending();

		await().atMost(Duration.ofSeconds(30)).until(() -> subjects().containsAll(List.of(broken, healthy)));
		assertThat(subjects()).as("the damaged event is not published").doesNotContain(unreadable);
		assertThat(this.mongo.exists(Query.query(Criteria.where(Outbox.PENDING_SINCE).exists(true)), "bookings"))
			.as("nothing waits any more")
			.isFalse();
		JsonNode quarantine = operator().get("/api/outbox/quarantine").json();
		assertThat(quarantine).hasSize(2);
		assertThat(quarantine.findValuesAsText("documentId")).containsExactlyInAnyOrder(broken, unreadable);
		assertThat(quarantine.findValuesAsText("reason"))
			.anySatisfy((reason) -> assertThat(reason).contains("unknown event type 'com.spautopia.no.such.Event'"))
			.anySatisfy((reason) -> assertThat(reason).contains("does not read as"));
		assertThat(quarantine.findValues("data")).as("operators are not shown personal data").isEmpty();
		assertThat(operator().get("/actuator/prometheus").body())
			.containsPattern("spa_outbox_quarantined\\{[^}]*} 2.0");
		assertThat(new BookingApi(this.port).staff().get("/api/outbox/quarantine").status()).isEqualTo(403);

		this.relay.publishPending();
		assertThat(operator().get("/api/outbox/quarantine").json()).as("quarantined once").hasSize(2);
	}

	private BookingApi operator() {
		return new BookingApi(this.port).as(TestTokens.operator());
	}

	private List<String> subjects() {
		return this.topics.events(Topics.BOOKING_EVENTS).stream().map((event) -> event.subject()).toList();
	}

	private String book(String phone) {
		BookingApi api = new BookingApi(this.port);
		String start = api.firstFreeSlot("back-pain-desk-workers", null).get("start").asText();
		BookingApi.Response created = api.post("/api/bookings",
				bookingJson("back-pain-desk-workers", start, "Ada Lovelace", phone), null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

}
