package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.Money;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.WallClock;
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

	@Test
	void aLateCheaperEvaluationIsKeptAndGivesTheClientItsPriceOnce() {
		BookingApi api = new BookingApi(this.port);
		JsonNode slot = api.firstFreeSlot("swedish", null);
		JsonNode created = api
			.post("/api/bookings", bookingJson("swedish", slot.get("start").asText(), "Ada", "601234569"), null)
			.json();
		String id = created.get("id").asText();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> api.staff().get("/api/bookings/" + id).json(),
					(booking) -> booking.get("status").asText().equals("CONFIRMED"));
		Money discount = Money.of("20", "PLN");
		PromotionEvaluated late = new PromotionEvaluated(id, Money.of("200", "PLN"), discount, Money.of("180", "PLN"),
				List.of(new AppliedPromotion("promo-1", "Swedish 10%", "SWE10", discount)), null, WallClock.now(),
				OffsetDateTime.parse(slot.get("start").asText()), PromotionEvaluated.Occasion.REQUESTED);

		try (EventTopics topics = EventTopics.of(this.environment)) {
			topics.publish(late, "/spa-utopia/promotion-service");
			AppointmentRepriced repriced = topics.awaitBookingEvent(id, AppointmentRepriced.class);
			topics.publish(late, "/spa-utopia/promotion-service");

			assertThat(repriced.reason()).isEqualTo(AppointmentRepriced.Reason.LATE_EVALUATION);
			assertThat(repriced.previousPrice()).isEqualTo(Money.of("200", "PLN"));
			assertThat(repriced.pricing().finalPrice()).isEqualTo(Money.of("180", "PLN"));
			assertThat(repriced.pricing().appliedPromotions()).extracting(AppliedPromotion::promotionId)
				.containsExactly("promo-1");
			JsonNode booking = api.staff().get("/api/bookings/" + id).json();
			assertThat(booking.get("pricing").get("finalPrice").get("amount").decimalValue())
				.isEqualByComparingTo("180.00");
			assertThat(booking.get("lateEvaluation").get("applied").asBoolean()).isTrue();
			assertThat(booking.get("lateEvaluation").get("finalPrice").get("amount").decimalValue())
				.isEqualByComparingTo("180.00");
			// the redelivery changes nothing: one repricing
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> topics.events(Topics.BOOKING_EVENTS)
					.stream()
					.filter((event) -> event.subject().equals(id) && event.data() instanceof AppointmentRepriced)
					.count() == 1);
		}
	}

}
