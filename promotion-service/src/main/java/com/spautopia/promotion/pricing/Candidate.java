package com.spautopia.promotion.pricing;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.promotion.definition.Promotion;
import org.jspecify.annotations.Nullable;

/**
 * A promotion that applies to a booking, with the discount it would give.
 *
 * @param promotion the promotion
 * @param code the code the client entered (normalized), if it came with one
 * @param uniqueCode whether that code is the client's own
 * @param discount the discount
 */
record Candidate(Promotion promotion, @Nullable String code, boolean uniqueCode, Money discount) {

	boolean exclusive() {
		return this.promotion.stacking() == Promotion.Stacking.EXCLUSIVE;
	}

	Candidate withDiscount(Money discount) {
		return new Candidate(this.promotion, this.code, this.uniqueCode, discount);
	}

	AppliedPromotion toApplied() {
		return new AppliedPromotion(this.promotion.id(), this.promotion.name(), this.code, this.discount);
	}

}
