package com.spautopia.promotion.pricing;

import java.time.OffsetDateTime;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import org.jspecify.annotations.Nullable;

/**
 * What a booking would cost now, for a booking page; nothing is reserved.
 *
 * @param treatmentId the treatment
 * @param start the appointment's start
 * @param listPrice the list price
 * @param discount the total discount
 * @param finalPrice what the client would pay
 * @param appliedPromotions the promotions that would apply
 * @param codeRefusal why the code would be refused, if it would
 * @param mayApply promotions that may apply at booking, depending on the client's history
 * or on whose code it is: a quote says nothing about anyone
 */
record Quote(String treatmentId, OffsetDateTime start, Money listPrice, Money discount, Money finalPrice,
		List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal, List<AppliedPromotion> mayApply) {

	Quote {
		appliedPromotions = List.copyOf(appliedPromotions);
		mayApply = List.copyOf(mayApply);
	}

	static Quote of(String treatmentId, OffsetDateTime start, Price price) {
		return new Quote(treatmentId, start, price.listPrice(), price.discount(), price.finalPrice(),
				price.appliedPromotions(), price.codeRefusal(), price.mayApply());
	}

}
