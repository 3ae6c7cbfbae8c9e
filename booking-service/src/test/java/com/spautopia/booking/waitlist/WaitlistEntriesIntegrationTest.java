package com.spautopia.booking.waitlist;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients join the waitlist from the booking page, leave it with their token, and an
 * entry expires with its last day.
 */
@EventFlowTest
class WaitlistEntriesIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	SpaProperties spa;

	@Autowired
	WaitlistExpiry expiry;

	private BookingApi api;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.api = new BookingApi(this.port);
	}

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void aClientJoinsWithTheirDetailsAndLeavesWithTheToken() {
		LocalDate day = bookableDay();

		Response joined = join(day, day.plusDays(2), "maria-nowak", "697210101");

		assertThat(joined.status()).as(joined.body()).isEqualTo(201);
		String id = joined.json().get("id").asText();
		String token = joined.json().get("manageToken").asText();
		assertThat(joined.header("Location")).endsWith("/api/waitlist/" + id);
		assertThat(joined.json().get("status").asText()).isEqualTo("WAITING");
		WaitlistEntry entry = entry(id);
		assertThat(entry.client().phone()).isEqualTo("+48697210101");
		assertThat(entry.client().language()).isEqualTo("pl");
		assertThat(entry.wish()).isEqualTo(new WaitlistWish(BACK_PAIN, "maria-nowak", day, day.plusDays(2),
				java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0)));
		assertThat(entry.endsAt()).isEqualTo(day.plusDays(3).atStartOfDay(this.spa.timeZone()).toInstant());
		assertThat(this.mongo.findById(id, org.bson.Document.class, WaitlistEntry.COLLECTION).toJson())
			.as("the token is not stored")
			.doesNotContain(token);

		Response wrongToken = this.api.delete("/api/waitlist/" + id + "?token=" + token.substring(1) + "x");
		assertThat(wrongToken.status()).isEqualTo(404);
		assertThat(wrongToken.contentType()).startsWith("application/problem+json");
		assertThat(entry(id).status()).isEqualTo(WaitlistEntry.Status.WAITING);

		assertThat(this.api.delete("/api/waitlist/" + id + "?token=" + token).status()).isEqualTo(204);
		assertThat(entry(id).status()).isEqualTo(WaitlistEntry.Status.LEFT);
		assertThat(this.api.delete("/api/waitlist/" + id + "?token=" + token).status()).as("leaving again")
			.isEqualTo(204);
		assertThat(this.api.delete("/api/waitlist/no-such-entry?token=" + token).status()).isEqualTo(404);
	}

	@Test
	void anEntryExpiresWithItsLastDay() {
		LocalDate day = bookableDay();
		String id = join(day, day, null, "697210102").json().get("id").asText();
		String later = join(day, day.plusDays(1), null, "697210103").json().get("id").asText();

		this.clock.setTo(day.plusDays(1).atStartOfDay(this.spa.timeZone()).toInstant().plusSeconds(1));
		this.expiry.expire();

		assertThat(entry(id).status()).isEqualTo(WaitlistEntry.Status.EXPIRED);
		assertThat(entry(id).endedAt()).isEqualTo(this.clock.instant());
		assertThat(entry(later).status()).isEqualTo(WaitlistEntry.Status.WAITING);
	}

	@Test
	void aWishThatCannotBeMetIsRefusedAndNothingIsStored() {
		LocalDate day = bookableDay();
		long before = this.mongo.count(new Query(), WaitlistEntry.class);

		Response backwards = join(day, day.minusDays(1), null, "697210104");
		Response unqualified = join(day, day, "jan-kowalski", "697210104");
		Response unknownTreatment = this.api.post("/api/waitlist",
				body(day, day, null, "697210104").replace(BACK_PAIN, "no-such-treatment"), null);
		Response badPhone = join(day, day, null, "12");

		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.json().get("errors").findValuesAsText("field")).containsExactly("to");
		assertThat(unqualified.status()).isEqualTo(422);
		assertThat(unknownTreatment.status()).isEqualTo(422);
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(backwards.contentType()).startsWith("application/problem+json");
		assertThat(this.mongo.count(new Query(), WaitlistEntry.class)).isEqualTo(before);
		assertThat(this.mongo.exists(Query.query(Criteria.where("phone").is("+48697210104")), "clients")).isFalse();
	}

	private LocalDate bookableDay() {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, "maria-nowak");
		return OffsetDateTime.parse(slot.get("start").asText()).toLocalDate();
	}

	private Response join(LocalDate from, LocalDate to, String therapistId, String phone) {
		return this.api.post("/api/waitlist", body(from, to, therapistId, phone), null);
	}

	private static String body(LocalDate from, LocalDate to, String therapistId, String phone) {
		return """
				{"treatmentId": "%s", %s "from": "%s", "to": "%s", "earliest": "09:00", "latest": "13:00",
				 "client": {"name": "Ada Lovelace", "phone": "%s", "email": "ada@example.com",
				            "smsConsent": true, "marketingConsent": false, "language": "pl"}}""".formatted(BACK_PAIN,
				(therapistId != null) ? "\"therapistId\": \"" + therapistId + "\"," : "", from, to, phone);
	}

	private WaitlistEntry entry(String id) {
		return this.mongo.findById(id, WaitlistEntry.class);
	}

}
