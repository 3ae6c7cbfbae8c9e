package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.ActivePromotions.Snapshot;
import com.spautopia.promotion.definition.BookingContext;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.offer.Offer;
import org.junit.jupiter.api.Test;

import static com.spautopia.promotion.fixtures.BookingMother.booking;
import static org.assertj.core.api.Assertions.assertThat;

class PromotionEvaluatorTests {

	private static final Money LIST_PRICE = Money.of("260.00", "PLN");

	private static final LimitGate NO_LIMITS = (candidate) -> Optional.empty();

	private final BookingContext booking = booking().context();

	@Test
	void pricesBookingWithoutPromotionsAtListPrice() {
		Price price = evaluator().evaluate(this.booking, null, NO_LIMITS);

		assertThat(price.listPrice()).isEqualTo(LIST_PRICE);
		assertThat(price.discount()).isEqualTo(Money.zero("PLN"));
		assertThat(price.finalPrice()).isEqualTo(LIST_PRICE);
		assertThat(price.appliedPromotions()).isEmpty();
		assertThat(price.codeRefusal()).isNull();
	}

	@Test
	void refusesPromoCodeAsUnknownAndKeepsListPrice() {
		Price price = evaluator().evaluate(this.booking, "Spring25", NO_LIMITS);

		assertThat(price.codeRefusal()).isEqualTo(new CodeRefusal("Spring25", Reason.UNKNOWN));
		assertThat(price.finalPrice()).isEqualTo(LIST_PRICE);
	}

	@Test
	void treatsBlankPromoCodeAsNoCode() {
		assertThat(evaluator().evaluate(this.booking, "  ", NO_LIMITS).codeRefusal()).isNull();
	}

	@Test
	void appliesCodeWhateverItsCase() {
		Promotion spring = PromotionMother.code("spring", "SPRING25").percent("25").build();

		Price price = evaluator(spring).evaluate(this.booking, " spring25 ", NO_LIMITS);

		assertThat(price.appliedPromotions())
			.containsExactly(new AppliedPromotion("spring", "Promotion spring", "SPRING25", Money.of("65.00", "PLN")));
		assertThat(price.finalPrice()).isEqualTo(Money.of("195.00", "PLN"));
		assertThat(price.codeRefusal()).isNull();
	}

	@Test
	void refusesEndedOrOutdatedCodeAsExpired() {
		Promotion ended = PromotionMother.code("ended", "OLD").status(Promotion.Status.ENDED).build();
		Promotion outdated = PromotionMother.code("outdated", "LATE")
			.valid(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-04-01T00:00:00Z"))
			.build();

		assertThat(evaluator(ended, outdated).evaluate(this.booking, "OLD", NO_LIMITS).codeRefusal().reason())
			.isEqualTo(Reason.EXPIRED);
		assertThat(evaluator(ended, outdated).evaluate(this.booking, "LATE", NO_LIMITS).codeRefusal().reason())
			.isEqualTo(Reason.EXPIRED);
	}

	@Test
	void refusesCodeForAnotherTreatmentOrPausedAsNotApplicable() {
		Promotion kidsOnly = PromotionMother.code("kids", "KIDS").treatments("kids").build();
		Promotion paused = PromotionMother.code("paused", "PAUSED").status(Promotion.Status.PAUSED).build();

		assertThat(evaluator(kidsOnly, paused).evaluate(this.booking, "KIDS", NO_LIMITS).codeRefusal().reason())
			.isEqualTo(Reason.NOT_APPLICABLE);
		assertThat(evaluator(kidsOnly, paused).evaluate(this.booking, "PAUSED", NO_LIMITS).codeRefusal().reason())
			.isEqualTo(Reason.NOT_APPLICABLE);
	}

	@Test
	void fallsBackToAutomaticPromotionWhenCodeLimitIsReached() {
		Promotion code = PromotionMother.code("code", "HALF").percent("50").build();
		Promotion automatic = PromotionMother.automatic("auto").percent("10").build();
		LimitGate codeExhausted = (candidate) -> candidate.promotion().id().equals("code")
				? Optional.of(Reason.LIMIT_REACHED) : Optional.empty();

		Price price = evaluator(code, automatic).evaluate(this.booking, "HALF", codeExhausted);

		assertThat(price.codeRefusal()).isEqualTo(new CodeRefusal("HALF", Reason.LIMIT_REACHED));
		assertThat(price.appliedPromotions()).extracting(AppliedPromotion::promotionId).containsExactly("auto");
		assertThat(price.finalPrice()).isEqualTo(Money.of("234.00", "PLN"));
	}

	@Test
	void givesTheClientTheBestOfCodeAndAutomaticPromotions() {
		Promotion code = PromotionMother.code("code", "FIVE").percent("5").build();
		Promotion automatic = PromotionMother.automatic("auto").percent("20").build();
		List<String> claimed = new ArrayList<>();

		Price price = evaluator(code, automatic).evaluate(this.booking, "FIVE", (candidate) -> {
			claimed.add(candidate.promotion().id());
			return Optional.empty();
		});

		assertThat(price.appliedPromotions()).extracting(AppliedPromotion::promotionId).containsExactly("auto");
		assertThat(price.codeRefusal()).isNull();
		assertThat(claimed).containsExactly("auto");
	}

	@Test
	void acceptsAUniqueCodeOnlyFromItsOwnClient() {
		Promotion reward = PromotionMother.code("reward", null).uniqueCodes().percent("20").build();
		Offer offer = Offer.issue("loyalty:client-ala:5", null, reward, ClientMother.consenting("client-ala"),
				Set.of(Channel.SMS), "Thanks", Instant.parse("2030-06-01T00:00:00Z"),
				Instant.parse("2030-04-01T00:00:00Z"));
		PromotionEvaluator evaluator = new PromotionEvaluator(() -> snapshot(reward),
				(code) -> Optional.of(offer).filter((found) -> code.equals(found.code())));

		Price own = evaluator.evaluate(this.booking, offer.code(), NO_LIMITS);
		Price someoneElses = evaluator.evaluate(booking().client("client-bob", 1).context(), offer.code(), NO_LIMITS);

		assertThat(own.finalPrice()).isEqualTo(Money.of("208.00", "PLN"));
		assertThat(someoneElses.codeRefusal().reason()).isEqualTo(Reason.NOT_APPLICABLE);
	}

	@Test
	void givesFreedTimeBookedLateTheLastMinutePromotionAloneWhenItSavesMoreThanAnotherExclusiveOne() {
		Promotion automatic = PromotionMother.automatic("spring").percent("10").build();
		Promotion lastMinute = PromotionMother.lastMinute("fill", 4).percent("30").build();
		BookingContext freedLate = booking().fillingFreedSlot().bookedAt("2030-05-07T07:00:00Z").context();

		Price price = evaluator(automatic, lastMinute).evaluate(freedLate, null, NO_LIMITS);
		Price notFreed = evaluator(automatic, lastMinute).evaluate(booking().bookedAt("2030-05-07T07:00:00Z").context(),
				null, NO_LIMITS);

		assertThat(price.appliedPromotions()).extracting(AppliedPromotion::promotionId).containsExactly("fill");
		assertThat(price.finalPrice()).isEqualTo(Money.of("182.00", "PLN"));
		assertThat(notFreed.appliedPromotions()).extracting(AppliedPromotion::promotionId).containsExactly("spring");
	}

	@Test
	void letsABetterExclusiveCodeWinOverTheLastMinutePromotion() {
		Promotion code = PromotionMother.code("desk", "DESK40").percent("40").build();
		Promotion lastMinute = PromotionMother.lastMinute("fill", 4).percent("30").build();
		BookingContext freedLate = booking().fillingFreedSlot().bookedAt("2030-05-07T07:00:00Z").context();

		Price price = evaluator(code, lastMinute).evaluate(freedLate, "DESK40", NO_LIMITS);

		assertThat(price.appliedPromotions()).extracting(AppliedPromotion::promotionId).containsExactly("desk");
		assertThat(price.finalPrice()).isEqualTo(Money.of("156.00", "PLN"));
	}

	@Test
	void addsAStackableLastMinutePromotionToOtherStackableOnes() {
		Promotion automatic = PromotionMother.automatic("spring").percent("10").stackable().build();
		Promotion lastMinute = PromotionMother.lastMinute("fill", 4).percent("30").stackable().build();
		BookingContext freedLate = booking().fillingFreedSlot().bookedAt("2030-05-07T07:00:00Z").context();

		Price price = evaluator(automatic, lastMinute).evaluate(freedLate, null, NO_LIMITS);

		assertThat(price.appliedPromotions()).extracting(AppliedPromotion::promotionId)
			.containsExactlyInAnyOrder("spring", "fill");
		assertThat(price.finalPrice()).isEqualTo(Money.of("156.00", "PLN"));
	}

	private static PromotionEvaluator evaluator(Promotion... promotions) {
		return new PromotionEvaluator(() -> snapshot(promotions), (code) -> Optional.empty());
	}

	private static Snapshot snapshot(Promotion... promotions) {
		List<Promotion> all = Arrays.asList(promotions);
		return new Snapshot(all.stream().filter((p) -> p.kind().appliesWithoutCode()).toList(),
				all.stream()
					.filter((p) -> p.code() != null)
					.collect(Collectors.toMap(Promotion::code, Function.identity())),
				all.stream().collect(Collectors.toMap(Promotion::id, Function.identity())), 0, 0);
	}

}
