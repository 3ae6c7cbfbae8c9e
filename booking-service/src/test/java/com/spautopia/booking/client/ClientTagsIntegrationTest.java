package com.spautopia.booking.client;

import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

@EventFlowTest
class ClientTagsIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	private BookingApi api;

	private EventTopics topics;

	@BeforeEach
	void connect() {
		this.api = new BookingApi(this.port).staff();
		this.topics = EventTopics.of(this.environment);
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
	}

	@Test
	void staffTagAClientAndLaterEventsAboutTheClientCarryTheTags() {
		JsonNode booking = book("605100200");
		String clientId = booking.get("clientId").asText();

		Response tagged = this.api.put("/api/clients/" + clientId + "/tags",
				"{\"tags\": [\"desk-worker\", \"runner\", \"desk-worker\"]}");

		assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
		assertThat(tagged.json().get("tags")).extracting(JsonNode::asText).containsExactly("desk-worker", "runner");
		assertThat(this.api.get("/api/clients/" + clientId).json().get("tags")).extracting(JsonNode::asText)
			.containsExactly("desk-worker", "runner");
		String id = booking.get("id").asText();
		this.topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), Money.zero("PLN"),
				Money.of("220", "PLN"), List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");
		assertThat(this.topics.awaitBookingEvent(id, AppointmentConfirmed.class).client().tags())
			.containsExactly("desk-worker", "runner");
		String next = book("605100200").get("id").asText();
		assertThat(this.topics.awaitBookingEvent(next, AppointmentRequested.class).client().tags())
			.containsExactly("desk-worker", "runner");
	}

	@Test
	void tagsThatAreNotSlugsOrTooManyAreProblemsNamingTheFieldAndChangeNothing() {
		String clientId = book("605100201").get("clientId").asText();
		String tooMany = IntStream.rangeClosed(1, 21)
			.mapToObj((i) -> "\"tag-" + i + "\"")
			.reduce((a, b) -> a + ", " + b)
			.orElseThrow();

		Response notSlugs = this.api.put("/api/clients/" + clientId + "/tags",
				"{\"tags\": [\"desk-worker\", \"Desk Worker\"]}");
		Response overLimit = this.api.put("/api/clients/" + clientId + "/tags", "{\"tags\": [" + tooMany + "]}");
		Response missing = this.api.put("/api/clients/" + clientId + "/tags", "{}");

		assertProblem(notSlugs, 400, "tags[1]");
		assertProblem(overLimit, 400, "tags");
		assertProblem(missing, 400, "tags");
		assertThat(this.api.get("/api/clients/" + clientId).json().get("tags")).isEmpty();
	}

	@Test
	void anUnknownClientIsNotFound() {
		Response get = this.api.get("/api/clients/nobody");
		Response put = this.api.put("/api/clients/nobody/tags", "{\"tags\": [\"desk-worker\"]}");

		assertThat(get.status()).isEqualTo(404);
		assertThat(get.contentType()).startsWith("application/problem+json");
		assertThat(put.status()).isEqualTo(404);
		assertThat(put.json().get("detail").asText()).contains("nobody");
	}

	private JsonNode book(String phone) {
		// one therapist: a client booked twice is never booked twice at once
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, "maria-nowak");
		Response created = this.api.post("/api/bookings",
				bookingJson(BACK_PAIN, slot.get("start").asText(), "Ada Lovelace", phone).replace("\"start\"",
						"\"therapistId\": \"maria-nowak\", \"start\""),
				null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").findValuesAsText("field")).as(response.body()).contains(field);
	}

}
