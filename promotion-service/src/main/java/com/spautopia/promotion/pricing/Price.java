package com.spautopia.promotion.pricing;

import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import org.jspecify.annotations.Nullable;

/**
 * A booking's price after promotions.
 *
 * @param listPrice the list price
 * @param discount the total discount
 * @param finalPrice what the client pays
 * @param appliedPromotions the promotions applied
 * @param codeRefusal why the client's code was refused, if it was
 * @param mayApply promotions that may apply at booking, depending on who books (quotes
 * only)
 */
record Price(Money listPrice, Money discount, Money finalPrice, List<AppliedPromotion> appliedPromotions,
		@Nullable CodeRefusal codeRefusal, List<AppliedPromotion> mayApply) {

	Price {
		appliedPromotions = List.copyOf(appliedPromotions);
		mayApply = List.copyOf(mayApply);
	}

	static Price of(Money listPrice, List<Candidate> applied, @Nullable CodeRefusal codeRefusal) {
		return of(listPrice, applied, codeRefusal, List.of());
	}

	static Price of(Money listPrice, List<Candidate> applied, @Nullable CodeRefusal codeRefusal,
			List<Candidate> mayApply) {
		Money discount = applied.stream()
			.map(Candidate::discount)
			.reduce(Money.zero(listPrice.currency()), Money::plus);
		return new Price(listPrice, discount, listPrice.minus(discount),
				applied.stream().map(Candidate::toApplied).toList(), codeRefusal,
				mayApply.stream().map(Candidate::toApplied).toList());
	}

}
