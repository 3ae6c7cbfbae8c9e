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
 */
record Quote(String treatmentId, OffsetDateTime start, Money listPrice, Money discount, Money finalPrice,
		List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal) {

	Quote {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

	static Quote of(String treatmentId, OffsetDateTime start, Price price) {
		return new Quote(treatmentId, start, price.listPrice(), price.discount(), price.finalPrice(),
				price.appliedPromotions(), price.codeRefusal());
	}

}
