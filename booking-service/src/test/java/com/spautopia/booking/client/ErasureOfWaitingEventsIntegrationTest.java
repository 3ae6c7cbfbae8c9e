package com.spautopia.booking.client;

import java.util.Date;

import com.spautopia.booking.IdleRelayTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure reaches the copies of a client's data that have not left yet: events waiting in
 * a booking's outbox (here the relay is idle, as when Kafka is down), events in
 * quarantine, and the free-text reason of a cancellation. Same context as the outbox
 * quarantine test: the application's relay does not run.
 */
@IdleRelayTest
class ErasureOfWaitingEventsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Test
	void waitingAndQuarantinedEventsAndCancellationReasonsAreErasedWithTheClient() {
		BookingApi api = new BookingApi(this.port);
		String start = api.firstFreeSlot("back-pain-desk-workers", null).get("start").asText();
		Response booked = api.post("/api/bookings",
				bookingJson("back-pain-desk-workers", start, "Grace Hopper", "601100601").replace("ada@example.com",
						"grace@example.com"),
				null);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		String bookingId = booked.json().get("id").asText();
		Response cancelled = api.staff()
			.post("/api/bookings/" + bookingId + "/cancel", "{\"reason\": \"Grace is in hospital for her back\"}",
					null);
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		// an event of the booking that could not be published waits in quarantine
		Document stuck = this.mongo.findById(bookingId, Document.class, "bookings")
			.getList("outbox", Document.class)
			.getFirst();
		this.mongo.insert(new Document("_id", "stuck-" + bookingId).append("collection", "bookings")
			.append("documentId", bookingId)
			.append("type", "com.spautopia.no.such.Event")
			.append("data", stuck.getString("data"))
			.append("occurredAt", Date.from(this.clock.instant()))
			.append("reason", "unknown event type")
			.append("quarantinedAt", Date.from(this.clock.instant())), "outbox_quarantine");
		String clientId = this.mongo
			.findOne(Query.query(Criteria.where("phone").is("+48601100601")), Document.class, "clients")
			.getString("_id");

		Response erased = api.staff().delete("/api/clients/" + clientId);

		assertThat(erased.status()).as(erased.body()).isEqualTo(204);
		Document booking = this.mongo.findById(bookingId, Document.class, "bookings");
		assertThat(booking.getList("outbox", Document.class)).as("the events still wait (requested, cancelled, freed)")
			.hasSize(3);
		assertThat(booking.getList("outbox", Document.class).getLast().getString("data"))
			.as("the time freed keeps why it was freed")
			.contains("\"reason\":\"CANCELLED\"");
		assertThat(booking.toJson()).doesNotContain("Grace", "grace@example.com", "hospital");
		assertThat(booking.get("client", Document.class).toJson()).doesNotContain("601100601");
		assertThat(this.mongo.findById("stuck-" + bookingId, Document.class, "outbox_quarantine").toJson())
			.doesNotContain("Grace", "grace@example.com");
		assertThat(new BookingApi(this.port).as(TestTokens.staff()).get("/api/bookings/" + bookingId).body())
			.doesNotContain("hospital");
	}

	@Test
	void aBookingStoredWhileItsClientIsBeingErasedIsErasedToo() {
		BookingApi api = new BookingApi(this.port);
		String start = api.firstFreeSlot("back-pain-desk-workers", null).get("start").asText();
		Response first = api.post("/api/bookings",
				bookingJson("back-pain-desk-workers", start, "Alan Turing", "601100602"), null);
		assertThat(first.status()).isEqualTo(201);
		assertThat(
				api.staff().post("/api/bookings/" + first.json().get("id").asText() + "/cancel", "{}", null).status())
			.as("the first booking leaves the client free again")
			.isEqualTo(200);
		Document client = this.mongo.findOne(Query.query(Criteria.where("phone").is("+48601100602")), Document.class,
				"clients");
		String clientId = client.getString("_id");
		assertThat(api.staff().delete("/api/clients/" + clientId).status()).isEqualTo(204);
		// a booking that read the client just before the erasure marked it, and is stored
		// after the erasure looked for the client's bookings: made here by giving the
		// erased client's number back for the moment the booking reads it
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(clientId)),
				new Update().set("phone", "+48601100602"), "clients");
		String later = api.firstFreeSlot("swedish", null).get("start").asText();

		Response second = api.post("/api/bookings", bookingJson("swedish", later, "Alan Turing", "601100602"), null);

		assertThat(second.status()).as(second.body()).isEqualTo(201);
		Document stored = this.mongo.findById(second.json().get("id").asText(), Document.class, "bookings");
		assertThat(stored.toJson()).doesNotContain("Alan Turing");
		assertThat(stored.get("client", Document.class).toJson()).doesNotContain("601100602");
	}

}
