package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventTopics;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.spautopia.events.Money;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.time.WallClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and change a booking: its client with the manage token (until the
 * appointment has ended, and only that booking), and staff without one.
 */
@EventFlowTest
class ManageAccessIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	Environment environment;

	@Autowired
	ManageLinkProperties manageLinks;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	LegacyManageTokens legacyTokens;

	private BookingApi api;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.api = new BookingApi(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void clientSeesTheirBookingWithItsTokenAndNobodyElseDoesWithout() {
		Booked booked = book("601555001");
		Booked other = book("601555002");

		Response withToken = this.api.getWithHeaders("/api/bookings/" + booked.id(),
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));
		Response anonymous = this.api.get("/api/bookings/" + booked.id());
		Response otherToken = this.api.getWithHeaders("/api/bookings/" + booked.id(),
				Map.of(BookingController.MANAGE_TOKEN, other.token()));
		Response marketing = this.api.as(TestTokens.marketing()).get("/api/bookings/" + booked.id());

		assertThat(withToken.status()).isEqualTo(200);
		assertThat(withToken.json().get("id").asText()).isEqualTo(booked.id());
		assertThat(anonymous.status()).isEqualTo(403);
		assertThat(anonymous.json().get("type").asText()).endsWith("/invalid-manage-token");
		assertThat(otherToken.status()).isEqualTo(403);
		assertThat(marketing.status()).isEqualTo(403);
	}

	@Test
	void manageTokenStopsWorkingOnceTheAppointmentHasEnded() {
		Booked booked = book("601555003");
		this.clock.setTo(OffsetDateTime.parse(booked.end()).toInstant().plus(Duration.ofMinutes(1)));

		Response expired = this.api.getWithHeaders("/api/bookings/" + booked.id(),
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));
		Response staff = this.api.staff().get("/api/bookings/" + booked.id());

		assertThat(expired.status()).isEqualTo(403);
		assertThat(expired.contentType()).startsWith("application/problem+json");
		assertThat(expired.json().get("type").asText()).endsWith("/manage-link-expired");
		assertThat(staff.status()).isEqualTo(200);
	}

	@Test
	void staffCancelAnyBookingWithoutItsToken() {
		Booked booked = book("601555004");

		Response cancelled = this.api.staff()
			.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{\"reason\": \"Therapist ill\"}", Map.of());

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().get("cancellation").get("by").asText()).isEqualTo("STAFF");
	}

	@Test
	void anExpiredAccessTokenIsA401Problem() {
		Booked booked = book("601555005");

		Response expired = this.api.as(TestTokens.expired("staff")).get("/api/bookings/" + booked.id());

		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.contentType()).startsWith("application/problem+json");
		assertThat(expired.json().get("detail").asText()).contains("access token was refused");
	}

	@Test
	void theShortLinkOfAnSmsRedirectsToTheManagePageWithItsToken() {
		Booked booked = book("601555006");
		String code = shortCodeOfTheConfirmation(booked.id());

		Response redirect = this.api.get("/m/" + code);
		Response unknown = this.api.get("/m/" + "A".repeat(12));
		Response malformed = this.api.get("/m/" + code.substring(1));

		assertThat(redirect.status()).as(redirect.body()).isEqualTo(303);
		assertThat(redirect.header("Location")).isEqualTo(booked.manageUrl());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.json().get("type").asText()).endsWith("/unknown-short-link");
		assertThat(malformed.status()).isEqualTo(404);
	}

	@Test
	void aBookingMadeBeforeTokensWereDerivedKeepsOnlyTheHashOfItsTokenWhichStillOpensIt() {
		Booked booked = book("601555007");
		String legacyToken = "legacy-token-" + booked.id();
		MongoCollection<Document> bookings = this.mongo.getCollection("bookings");
		bookings.updateOne(Filters.eq("_id", booked.id()),
				Updates.combine(Updates.unset("manageAccess"), Updates.set("manageToken", legacyToken)));
		this.mongo.getCollection("migrations").deleteOne(Filters.eq("_id", LegacyManageTokens.MARKER));

		this.legacyTokens.afterSingletonsInstantiated();

		Document stored = bookings.find(Filters.eq("_id", booked.id())).first();
		assertThat(stored.toJson()).doesNotContain(legacyToken);
		assertThat(stored.get("manageAccess", Document.class).getString("legacyTokenHash"))
			.isEqualTo(ManageLinks.legacyTokenHash(legacyToken));
		assertThat(this.api
			.getWithHeaders("/api/bookings/" + booked.id(), Map.of(BookingController.MANAGE_TOKEN, legacyToken))
			.status()).isEqualTo(200);
		assertThat(this.api
			.getWithHeaders("/api/bookings/" + booked.id(), Map.of(BookingController.MANAGE_TOKEN, booked.token()))
			.status()).as("its derived token").isEqualTo(200);
		assertThat(this.api
			.getWithHeaders("/api/bookings/" + booked.id(), Map.of(BookingController.MANAGE_TOKEN, legacyToken + "x"))
			.status()).isEqualTo(403);
		assertThat(this.mongo.getCollection("migrations").find(Filters.eq("_id", LegacyManageTokens.MARKER)).first())
			.as("done once")
			.isNotNull();
	}

	/**
	 * The code of the short link the confirmation SMS carries: from the event, opened as
	 * notification-service opens it.
	 */
	private String shortCodeOfTheConfirmation(String id) {
		try (EventTopics topics = EventTopics.of(this.environment)) {
			topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), Money.zero("PLN"), Money.of("220", "PLN"),
					List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");
			AppointmentConfirmed confirmed = topics.awaitBookingEvent(id, AppointmentConfirmed.class);
			String shortUrl = SealedLinks.withKey(this.manageLinks.sealingKey()).open(confirmed.shortManageUrl(), id);
			return shortUrl.substring(shortUrl.lastIndexOf('/') + 1);
		}
	}

	private Booked book(String phone) {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, null);
		Response created = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", phone), null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode booking = created.json();
		return new Booked(booking.get("id").asText(), booking.get("manageToken").asText(), slot.get("end").asText(),
				booking.get("manageUrl").asText());
	}

	record Booked(String id, String token, String end, String manageUrl) {
	}

}
