package com.spautopia.promotion.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last-minute promotion for freed time, priced through Kafka like every booking: it
 * applies to requests that fill freed time within its hours of the start, and its budget
 * holds when fillings race. The appointments start on Tuesday 7 May 2030 at 11:00 in
 * Warsaw (09:00 UTC), the promotion's hours are 4.
 */
class LastMinuteFillIntegrationTests extends IntegrationTestSupport {

	private static final Instant THREE_HOURS_AHEAD = Instant.parse("2030-05-07T06:00:00Z");

	private static final Instant FIVE_HOURS_AHEAD = Instant.parse("2030-05-07T04:00:00Z");

	@Test
	void givesTheDiscountToARequestFillingFreedTimeWithinItsHours() {
		String segment = segment();
		String promotionId = this.api.activePromotion(lastMinute(segment).budget(1000));

		PromotionEvaluated evaluated = price(
				filling(segment, "bkg-freed-" + UUID.randomUUID()).requestedAt(THREE_HOURS_AHEAD).requested());

		assertThat(evaluated.appliedPromotions()).extracting(AppliedPromotion::promotionId)
			.containsExactly(promotionId);
		assertThat(evaluated.discount()).isEqualTo(Money.of("78.00", "PLN"));
		assertThat(evaluated.finalPrice()).isEqualTo(Money.of("182.00", "PLN"));
	}

	@Test
	void givesNoDiscountToARequestThatFillsNoFreedTime() {
		String segment = segment();
		this.api.activePromotion(lastMinute(segment).budget(1000));

		PromotionEvaluated evaluated = price(filling(segment, null).requestedAt(THREE_HOURS_AHEAD).requested());

		assertThat(evaluated.appliedPromotions()).isEmpty();
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentMother.LIST_PRICE);
	}

	@Test
	void givesNoDiscountToFreedTimeBookedFurtherAheadThanItsHours() {
		String segment = segment();
		this.api.activePromotion(lastMinute(segment).budget(1000));

		PromotionEvaluated evaluated = price(
				filling(segment, "bkg-freed-" + UUID.randomUUID()).requestedAt(FIVE_HOURS_AHEAD).requested());

		assertThat(evaluated.appliedPromotions()).isEmpty();
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentMother.LIST_PRICE);
	}

	@Test
	void spendsItsBudgetOnExactlyAsManyRacingFillingsAsItCovers() {
		String segment = segment();
		// 30% of 260.00 is 78.00: a budget of 390.00 covers five fillings
		String promotionId = this.api.activePromotion(lastMinute(segment).budget(390));
		List<AppointmentRequested> requests = IntStream.range(0, 40)
			.mapToObj((i) -> filling(segment, "bkg-freed-" + UUID.randomUUID()).requestedAt(THREE_HOURS_AHEAD)
				.requested())
			.toList();

		this.events.send(requests.toArray(AppointmentRequested[]::new));
		Map<String, PromotionEvaluated> evaluations = awaitEvaluations(
				requests.stream().map(AppointmentRequested::bookingId).toList());

		List<Money> given = evaluations.values()
			.stream()
			.flatMap((evaluated) -> evaluated.appliedPromotions().stream())
			.filter((applied) -> applied.promotionId().equals(promotionId))
			.map(AppliedPromotion::discount)
			.toList();
		assertThat(given).hasSize(5).containsOnly(Money.of("78.00", "PLN"));
		assertThat(evaluations.values().stream().filter((evaluated) -> evaluated.appliedPromotions().isEmpty()))
			.hasSize(35)
			.allSatisfy((evaluated) -> assertThat(evaluated.finalPrice()).isEqualTo(AppointmentMother.LIST_PRICE));
		Map<String, Object> figures = MarketingApi.read(this.api.get("/api/promotions/" + promotionId + "/figures"),
				"$");
		assertThat(figures).containsEntry("redemptions", 5)
			.containsEntry("budgetSpent", Map.of("amount", 390.0, "currency", "PLN"));
	}

	@Test
	void rejectsALastMinutePromotionWithoutItsHoursAndBudgetOrWithAFixedDiscount() {
		MvcTestResult result = this.api.post("/api/promotions",
				PromotionJson.lastMinute("Fill " + segment()).fixed(20).json());

		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		List<Map<String, String>> errors = MarketingApi.read(result, "$.errors");
		assertThat(errors).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("conditions.lastMinuteHours", "discount.type", "limits.budget.amount");
	}

	@Test
	void rejectsACodeOnALastMinutePromotion() {
		MvcTestResult result = this.api.post("/api/promotions",
				lastMinute(segment()).budget(100)
					.set("code", "FILL-" + UUID.randomUUID().toString().substring(0, 8))
					.json());

		assertThat(result).hasStatus(400);
		List<Map<String, String>> errors = MarketingApi.read(result, "$.errors");
		assertThat(errors).extracting((error) -> error.get("field")).containsExactly("code");
	}

	private static PromotionJson lastMinute(String segment) {
		return PromotionJson.lastMinute("Fill " + segment).percent(30).condition("lastMinuteHours", 4).tags(segment);
	}

	private static AppointmentMother filling(String segment, String freedBookingId) {
		return appointment(client(segment)).fillingSlotFreedBy(freedBookingId);
	}

	private static ClientSnapshot client(String tag) {
		return ClientMother.consenting("client-" + UUID.randomUUID(), tag);
	}

	private static String segment() {
		return "fill-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
