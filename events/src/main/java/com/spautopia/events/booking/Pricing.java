package com.spautopia.events.booking;

import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import org.jspecify.annotations.Nullable;

/**
 * The price a booking was confirmed at.
 *
 * @param listPrice the treatment's list price
 * @param discount the total discount
 * @param finalPrice what the client pays
 * @param appliedPromotions the promotions that gave the discount
 * @param source whether promotion-service priced the booking or it timed out
 * @param codeRefusal why the client's promo code was not applied, if it was not
 */
public record Pricing(Money listPrice, Money discount, Money finalPrice, List<AppliedPromotion> appliedPromotions,
		Source source, @Nullable String codeRefusal) {

	public Pricing {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

	public static Pricing atListPrice(Money listPrice, Source source) {
		return new Pricing(listPrice, Money.zero(listPrice.currency()), listPrice, List.of(), source, null);
	}

	/**
	 * Where a price came from.
	 */
	public enum Source {

		/** Priced by promotion-service. */
		EVALUATED,

		/** promotion-service did not answer in time: confirmed at list price. */
		EVALUATION_TIMED_OUT

	}

}
