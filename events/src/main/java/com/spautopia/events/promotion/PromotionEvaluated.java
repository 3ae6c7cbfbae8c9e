package com.spautopia.events.promotion;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * promotion-service priced a requested booking.
 *
 * @param bookingId the booking that was priced
 * @param listPrice the list price
 * @param discount the total discount
 * @param finalPrice what the client pays
 * @param appliedPromotions the promotions applied, best for the client
 * @param codeRefusal why the client's promo code was refused, if it was
 * @param evaluatedAt when the booking was priced
 */
public record PromotionEvaluated(String bookingId, Money listPrice, Money discount, Money finalPrice,
		List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal,
		Instant evaluatedAt) implements SpaEvent {

	public PromotionEvaluated {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

	/**
	 * A promo code that was not applied, and why.
	 *
	 * @param code the code as entered
	 * @param reason why it was refused
	 */
	public record CodeRefusal(String code, Reason reason) {

		/**
		 * Why a promo code was refused.
		 */
		public enum Reason {

			UNKNOWN, EXPIRED, NOT_APPLICABLE, LIMIT_REACHED, CLIENT_LIMIT_REACHED

		}

	}

}
