package com.spautopia.promotion.pricing;

import java.time.Instant;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionEvaluatorTests {

	private static final Instant NOW = Instant.parse("2030-05-01T08:30:01Z");

	private final PromotionEvaluator evaluator = new PromotionEvaluator();

	@Test
	void pricesBookingWithoutPromotionsAtListPrice() {
		PromotionEvaluated evaluated = this.evaluator.evaluate(AppointmentRequests.withoutCode("bkg-1"), NOW);

		assertThat(evaluated.bookingId()).isEqualTo("bkg-1");
		assertThat(evaluated.listPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
		assertThat(evaluated.discount()).isEqualTo(Money.zero("PLN"));
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
		assertThat(evaluated.appliedPromotions()).isEmpty();
		assertThat(evaluated.codeRefusal()).isNull();
		assertThat(evaluated.evaluatedAt()).isEqualTo(NOW);
	}

	@Test
	void refusesPromoCodeAsUnknownAndKeepsListPrice() {
		PromotionEvaluated evaluated = this.evaluator.evaluate(AppointmentRequests.withCode("bkg-2", "Spring25"), NOW);

		assertThat(evaluated.codeRefusal()).isEqualTo(new CodeRefusal("Spring25", CodeRefusal.Reason.UNKNOWN));
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
		assertThat(evaluated.discount().isZero()).isTrue();
		assertThat(evaluated.appliedPromotions()).isEmpty();
	}

	@Test
	void treatsBlankPromoCodeAsNoCode() {
		PromotionEvaluated evaluated = this.evaluator.evaluate(AppointmentRequests.withCode("bkg-3", "  "), NOW);

		assertThat(evaluated.codeRefusal()).isNull();
	}

}
