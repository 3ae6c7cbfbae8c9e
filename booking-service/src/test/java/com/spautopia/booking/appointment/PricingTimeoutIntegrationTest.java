package com.spautopia.booking.appointment;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.Money;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.Pricing;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.booking.pricing-timeout=2s", "spa.booking.pricing-timeout-check=200ms" })
class PricingTimeoutIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PricingSaga saga;

	@Test
	void aRequestStoredBeforePublicationTimesIsTimedFromTheServicesStart() {
		BookingApi api = new BookingApi(this.port);
		JsonNode slot = api.firstFreeSlot("sports", null);
		String id = api
			.post("/api/bookings", bookingJson("sports", slot.get("start").asText(), "Ada", "601234568"), null)
			.json()
			.get("id")
			.asText();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> api.staff().get("/api/bookings/" + id).json().get("status").asText().equals("CONFIRMED")
					&& !this.mongo.exists(Query.query(Criteria.where("_id").is(id).and("outboxSince").exists(true)),
							Booking.class));
		// as the version before stored a request: long published, but no publication time
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("status", BookingStatus.REQUESTED)
					.unset("publishedAt")
					.unset("pricing")
					.unset("confirmedAt"),
				Booking.class);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> api.staff().get("/api/bookings/" + id).json().get("status").asText().equals("REQUESTED"));

		this.saga.timeRequestsFromBeforePublicationTimes();

		JsonNode confirmed = await().atMost(Duration.ofSeconds(20))
			.until(() -> api.staff().get("/api/bookings/" + id).json(),
					(booking) -> booking.get("status").asText().equals("CONFIRMED"));
		assertThat(confirmed.get("pricing").get("source").asText())
			.isEqualTo(Pricing.Source.EVALUATION_TIMED_OUT.name());
	}

	@Test
	void bookingIsConfirmedAtListPriceWhenNoEvaluationArrivesInTime() {
		BookingApi api = new BookingApi(this.port);
		JsonNode slot = api.firstFreeSlot("swedish", null);
		String id = api
			.post("/api/bookings", bookingJson("swedish", slot.get("start").asText(), "Ada", "601234567"), null)
			.json()
			.get("id")
			.asText();

		JsonNode confirmed = await().atMost(Duration.ofSeconds(20))
			.until(() -> api.staff().get("/api/bookings/" + id).json(),
					(booking) -> booking.get("status").asText().equals("CONFIRMED"));

		assertThat(confirmed.get("pricing").get("source").asText())
			.isEqualTo(Pricing.Source.EVALUATION_TIMED_OUT.name());
		assertThat(confirmed.get("pricing").get("finalPrice").get("amount").decimalValue())
			.isEqualByComparingTo("200.00");
		try (EventTopics topics = new EventTopics(
				this.environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
				this.environment.getRequiredProperty("spa.kafka.topic-prefix"))) {
			AppointmentConfirmed event = await().atMost(Duration.ofSeconds(30))
				.until(() -> topics.events(Topics.BOOKING_EVENTS)
					.stream()
					.map(EventEnvelope::data)
					.filter(AppointmentConfirmed.class::isInstance)
					.map(AppointmentConfirmed.class::cast)
					.filter((candidate) -> candidate.bookingId().equals(id))
					.findFirst(), Optional::isPresent)
				.orElseThrow();
			assertThat(event.pricing().source()).isEqualTo(Pricing.Source.EVALUATION_TIMED_OUT);
			assertThat(event.pricing().finalPrice()).isEqualTo(Money.of("200", "PLN"))
				.isEqualTo(event.appointment().listPrice());
			assertThat(event.pricing().discount()).isEqualTo(Money.zero("PLN"));
			assertThat(event.pricing().appliedPromotions()).isEmpty();
		}
	}

}
