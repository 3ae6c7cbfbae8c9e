package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides the price of a requested appointment. No promotions exist yet, so every booking
 * is priced at its list price and every promo code is unknown.
 */
@Component
class PromotionEvaluator {

	PromotionEvaluated evaluate(AppointmentRequested request, Instant evaluatedAt) {
		Money listPrice = request.appointment().listPrice();
		return new PromotionEvaluated(request.bookingId(), listPrice, Money.zero(listPrice.currency()), listPrice,
				List.of(), refusal(request.promoCode()), evaluatedAt);
	}

	private @Nullable CodeRefusal refusal(@Nullable String promoCode) {
		if (promoCode == null || promoCode.isBlank()) {
			return null;
		}
		return new CodeRefusal(promoCode, CodeRefusal.Reason.UNKNOWN);
	}

}
