package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import com.spautopia.promotion.redemption.Redemption;
import com.spautopia.promotion.redemption.RedemptionLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pricing through Kafka with redemption limits: concurrent bookings, per-client limits,
 * budgets, cancellations, completions and redelivery.
 */
class PromotionLimitsIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private RedemptionLifecycle redemptions;

	@Test
	void appliesCodeAndPublishesTheDiscountedPrice() {
		String code = newCode();
		String promotionId = this.api.activePromotion(PromotionJson.code(code).percent(20));

		PromotionEvaluated evaluated = price(appointment(client()).code(code).requested());

		assertThat(evaluated.listPrice()).isEqualTo(AppointmentMother.LIST_PRICE);
		assertThat(evaluated.discount()).isEqualTo(Money.of("52.00", "PLN"));
		assertThat(evaluated.finalPrice()).isEqualTo(Money.of("208.00", "PLN"));
		assertThat(evaluated.appliedPromotions())
			.containsExactly(new AppliedPromotion(promotionId, "Code " + code, code, Money.of("52.00", "PLN")));
		assertThat(evaluated.codeRefusal()).isNull();
	}

	@Test
	void appliesACodeLimitedToTenExactlyTenTimesAmongOneHundredConcurrentBookings() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).percent(30).totalLimit(10));
		List<AppointmentRequested> requests = IntStream.range(0, 100)
			.mapToObj((i) -> appointment(client()).code(code).requested())
			.toList();

		this.events.send(requests.toArray(AppointmentRequested[]::new));
		Map<String, PromotionEvaluated> evaluations = awaitEvaluations(
				requests.stream().map(AppointmentRequested::bookingId).toList());

		assertThat(evaluations.values().stream().filter((evaluated) -> !evaluated.appliedPromotions().isEmpty()))
			.hasSize(10)
			.allSatisfy((evaluated) -> assertThat(evaluated.finalPrice()).isEqualTo(Money.of("182.00", "PLN")));
		assertThat(evaluations.values().stream().filter((evaluated) -> evaluated.appliedPromotions().isEmpty()))
			.hasSize(90)
			.allSatisfy((evaluated) -> {
				assertThat(evaluated.codeRefusal()).isEqualTo(new CodeRefusal(code, Reason.LIMIT_REACHED));
				assertThat(evaluated.finalPrice()).isEqualTo(AppointmentMother.LIST_PRICE);
			});
	}

	@Test
	void refusesAClientBeyondThePerClientLimitButNotOthers() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).perClient(1));
		ClientSnapshot ala = client();

		PromotionEvaluated first = price(appointment(ala).code(code).requested());
		PromotionEvaluated second = price(appointment(ala).code(code).requested());
		PromotionEvaluated otherClient = price(appointment(client()).code(code).requested());

		assertThat(first.appliedPromotions()).hasSize(1);
		assertThat(second.codeRefusal()).isEqualTo(new CodeRefusal(code, Reason.CLIENT_LIMIT_REACHED));
		assertThat(otherClient.appliedPromotions()).hasSize(1);
	}

	@Test
	void stopsApplyingOnceTheBudgetIsSpent() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).fixed(100).budget(250));

		PromotionEvaluated first = price(appointment(client()).code(code).requested());
		PromotionEvaluated second = price(appointment(client()).code(code).requested());
		PromotionEvaluated third = price(appointment(client()).code(code).requested());

		assertThat(first.discount()).isEqualTo(Money.of("100.00", "PLN"));
		assertThat(second.discount()).isEqualTo(Money.of("100.00", "PLN"));
		assertThat(third.codeRefusal()).isEqualTo(new CodeRefusal(code, Reason.LIMIT_REACHED));
	}

	@Test
	void givesTheRedemptionBackWhenTheBookingIsCancelled() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).totalLimit(1));
		AppointmentMother cancelled = appointment(client()).code(code);

		assertThat(price(cancelled.requested()).appliedPromotions()).hasSize(1);
		assertThat(price(appointment(client()).code(code).requested()).codeRefusal().reason())
			.isEqualTo(Reason.LIMIT_REACHED);
		this.events.send(cancelled.cancelled());

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(price(appointment(client()).code(code).requested()).appliedPromotions())
				.hasSize(1));
	}

	@Test
	void givesTheRedemptionBackWhenTheClientDoesNotShowUp() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).totalLimit(1));
		AppointmentMother missed = appointment(client()).code(code);
		assertThat(price(missed.requested()).appliedPromotions()).hasSize(1);

		this.events.send(missed.noShow());
		awaitHandled(missed);

		assertThat(this.redemptions.ofBooking(missed.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.RELEASED);
		assertThat(price(appointment(client()).code(code).requested()).appliedPromotions()).hasSize(1);
	}

	@Test
	void keepsTheReservationOfABookingConfirmedAtListPriceForItsLateEvaluationAndCountsItWhenGiven() {
		String code = newCode();
		String promotionId = this.api.activePromotion(PromotionJson.code(code).totalLimit(1));
		AppointmentMother late = appointment(client()).code(code);
		PromotionEvaluated evaluated = price(late.requested());
		assertThat(evaluated.appliedPromotions()).hasSize(1);

		// the evaluation reached booking-service after its pricing timeout, which then
		// gave the client the evaluated price
		this.events.send(late.confirmedAtListPrice(), late.repricedLate(evaluated));
		awaitHandled(late);
		assertThat(this.redemptions.ofBooking(late.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.RESERVED);
		assertThat(price(appointment(client()).code(code).requested()).codeRefusal().reason())
			.isEqualTo(Reason.LIMIT_REACHED);

		this.events.send(late.completed(AppointmentMother.pricing(evaluated)));
		awaitHandled(late);
		assertThat(this.redemptions.ofBooking(late.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.FINAL);
		assertThat(completedRedemptions(promotionId).longValue()).isEqualTo(1);
	}

	@Test
	void givesTheRedemptionBackWhenTheBookingWasConfirmedAndCompletedAtListPriceWithoutIt() {
		String code = newCode();
		String promotionId = this.api.activePromotion(PromotionJson.code(code).totalLimit(1));
		AppointmentMother late = appointment(client()).code(code);
		assertThat(price(late.requested()).appliedPromotions()).hasSize(1);

		// confirmed at list price after the pricing timeout, and completed before the
		// evaluation reached booking-service: the client was never given the discount
		this.events.send(late.confirmedAtListPrice(),
				late.completed(Pricing.atListPrice(AppointmentMother.LIST_PRICE, Pricing.Source.EVALUATION_TIMED_OUT)));
		awaitHandled(late);

		assertThat(this.redemptions.ofBooking(late.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.RELEASED);
		assertThat(completedRedemptions(promotionId).longValue()).isZero();
		assertThat(price(appointment(client()).code(code).requested()).appliedPromotions()).hasSize(1);
	}

	@Test
	void aMoveToATimeOutsideAnOffPeakWindowIsPricedWithoutItAndGivesItBack() {
		String segment = "segment-" + UUID.randomUUID();
		this.api.activePromotion(PromotionJson.automatic("Off-peak")
			.percent(15)
			.tags(segment)
			.totalLimit(1)
			.condition("days", List.of("TUESDAY", "WEDNESDAY", "THURSDAY"))
			.condition("startsFrom", "10:00")
			.condition("startsBefore", "15:00"));
		// 08:30 UTC on Tuesday 7 May 2030 is 10:30 in Warsaw; 13:30 UTC is 15:30
		AppointmentMother moved = appointment(client(segment)).startingAt("2030-05-07T08:30:00Z");
		assertThat(price(moved.requested()).finalPrice()).isEqualTo(Money.of("221.00", "PLN"));

		PromotionEvaluated atNewTime = priceMove(moved, moved.movedTo("2030-05-07T13:30:00Z"));

		assertThat(atNewTime.occasion()).isEqualTo(PromotionEvaluated.Occasion.RESCHEDULED);
		assertThat(atNewTime.appointmentStart().toInstant()).isEqualTo(Instant.parse("2030-05-07T13:30:00Z"));
		assertThat(atNewTime.appliedPromotions()).isEmpty();
		assertThat(atNewTime.finalPrice()).isEqualTo(AppointmentMother.LIST_PRICE);
		assertThat(this.redemptions.ofBooking(moved.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.RELEASED);
		assertThat(price(appointment(client(segment)).startingAt("2030-05-07T08:30:00Z").requested()).finalPrice())
			.as("the limit got the moved booking's redemption back")
			.isEqualTo(Money.of("221.00", "PLN"));
	}

	@Test
	void aMoveKeepsALimitedCodeTheBookingHoldsWithoutCountingItTwice() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).percent(20).totalLimit(1));
		AppointmentMother moved = appointment(client()).code(code);
		assertThat(price(moved.requested()).appliedPromotions()).hasSize(1);

		PromotionEvaluated atNewTime = priceMove(moved, moved.movedTo("2030-05-08T11:00:00+02:00"));
		PromotionEvaluated again = priceMove(moved, moved.movedTo("2030-05-09T11:00:00+02:00"));

		assertThat(atNewTime.finalPrice()).isEqualTo(Money.of("208.00", "PLN"));
		assertThat(again.finalPrice()).isEqualTo(Money.of("208.00", "PLN"));
		assertThat(again.codeRefusal()).isNull();
		assertThat(this.redemptions.ofBooking(moved.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.RESERVED);
		assertThat(price(appointment(client()).code(code).requested()).codeRefusal().reason())
			.isEqualTo(Reason.LIMIT_REACHED);
		this.events.send(moved.cancelled());
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(price(appointment(client()).code(code).requested()).appliedPromotions())
				.as("one redemption given back, so one available again")
				.hasSize(1));
	}

	@Test
	void aRedeliveredMoveIsPricedOnce() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).percent(20).totalLimit(1));
		AppointmentMother moved = appointment(client()).code(code);
		price(moved.requested());
		KafkaEventMessage move = this.events.encode(moved.movedTo("2030-05-08T11:00:00+02:00"));

		this.events.sendMessages(List.of(move, move));
		await().atMost(TIMEOUT)
			.until(() -> this.promotionEvents.events(PromotionEvaluated.class)
				.stream()
				.filter((evaluated) -> evaluated.bookingId().equals(moved.bookingId()) && evaluated.afterMove())
				.count() == 2);

		assertThat(this.promotionEvents.events(PromotionEvaluated.class)
			.stream()
			.filter((evaluated) -> evaluated.bookingId().equals(moved.bookingId()) && evaluated.afterMove())
			.distinct()).hasSize(1);
	}

	private Number completedRedemptions(String promotionId) {
		return MarketingApi.read(this.api.get("/api/promotions/{id}/figures", promotionId), "$.completed");
	}

	private PromotionEvaluated priceMove(AppointmentMother booking, AppointmentRescheduled move) {
		this.events.send(move);
		return await().atMost(TIMEOUT)
			.until(() -> this.promotionEvents.events(PromotionEvaluated.class)
				.stream()
				.filter((evaluated) -> evaluated.bookingId().equals(booking.bookingId()) && evaluated.afterMove()
						&& evaluated.appointmentStart().toInstant().equals(move.appointment().start().toInstant()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void keepsTheRedemptionOfACompletedBooking() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).totalLimit(1));
		AppointmentMother completed = appointment(client()).code(code);
		PromotionEvaluated evaluated = price(completed.requested());

		this.events.send(completed.completed(evaluated.finalPrice()), completed.cancelled());
		awaitHandled(completed);
		PromotionEvaluated later = price(appointment(client()).code(code).requested());

		assertThat(this.redemptions.ofBooking(completed.bookingId())).extracting(Redemption::state)
			.containsExactly(Redemption.State.FINAL);
		assertThat(later.codeRefusal()).isEqualTo(new CodeRefusal(code, Reason.LIMIT_REACHED));
	}

	@Test
	void neverRedeemsTwiceForARedeliveredRequest() {
		String code = newCode();
		this.api.activePromotion(PromotionJson.code(code).totalLimit(2));
		AppointmentRequested request = appointment(client()).code(code).requested();
		KafkaEventMessage message = this.events.encode(request);

		this.events.sendMessages(List.of(message, message, message));
		await().atMost(TIMEOUT)
			.until(() -> this.promotionEvents.events(PromotionEvaluated.class)
				.stream()
				.filter((evaluated) -> evaluated.bookingId().equals(request.bookingId()))
				.count() == 3);

		assertThat(price(appointment(client()).code(code).requested()).appliedPromotions()).hasSize(1);
		assertThat(price(appointment(client()).code(code).requested()).codeRefusal().reason())
			.isEqualTo(Reason.LIMIT_REACHED);
	}

	@Test
	void appliesAnOffPeakAutomaticPromotionOnlyInsideItsWindowInTheSpasZone() {
		String segment = "segment-" + UUID.randomUUID();
		this.api.activePromotion(PromotionJson.automatic("Off-peak")
			.percent(15)
			.tags(segment)
			.condition("days", List.of("TUESDAY", "WEDNESDAY", "THURSDAY"))
			.condition("startsFrom", "10:00")
			.condition("startsBefore", "15:00"));

		// 08:30 UTC on Tuesday 7 May 2030 is 10:30 in Warsaw; 13:30 UTC is 15:30
		PromotionEvaluated inside = price(appointment(client(segment)).startingAt("2030-05-07T08:30:00Z").requested());
		PromotionEvaluated outside = price(appointment(client(segment)).startingAt("2030-05-07T13:30:00Z").requested());
		PromotionEvaluated otherSegment = price(appointment(client()).startingAt("2030-05-07T08:30:00Z").requested());

		assertThat(inside.finalPrice()).isEqualTo(Money.of("221.00", "PLN"));
		assertThat(outside.appliedPromotions()).isEmpty();
		assertThat(otherSegment.appliedPromotions()).isEmpty();
	}

	private static ClientSnapshot client(String... tags) {
		return ClientMother.consenting("client-" + UUID.randomUUID(), tags);
	}

	private static String newCode() {
		return "LIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
