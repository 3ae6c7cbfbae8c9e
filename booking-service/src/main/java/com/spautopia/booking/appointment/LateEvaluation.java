package com.spautopia.booking.appointment;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;

/**
 * An evaluation of promotion-service that arrived after the booking was confirmed at list
 * price: kept on the booking, never silently lost.
 *
 * @param finalPrice the price it gave
 * @param appliedPromotions the promotions it applied
 * @param receivedAt when it arrived
 * @param applied whether the client got its price (it was cheaper and the booking still
 * open at the time it priced)
 */
public record LateEvaluation(Money finalPrice, List<AppliedPromotion> appliedPromotions, Instant receivedAt,
		boolean applied) {

	public LateEvaluation {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

}
