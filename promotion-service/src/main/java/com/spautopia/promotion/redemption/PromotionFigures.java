package com.spautopia.promotion.redemption;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * How far a promotion has come: what it gave and what it brought.
 *
 * @param promotionId the promotion
 * @param redemptions bookings holding it now: open ones and completed ones
 * @param open of those, bookings not completed yet
 * @param completed of those, completed bookings
 * @param redemptionLimit the most bookings it may have, if limited
 * @param budgetSpent the discount counted against its budget (open and completed
 * bookings)
 * @param budget its budget, if it has one
 * @param discountGiven the discount completed bookings got
 * @param revenue what completed bookings with it paid
 */
public record PromotionFigures(String promotionId, long redemptions, long open, long completed,
		@Nullable Integer redemptionLimit, Money budgetSpent, @Nullable Money budget, Money discountGiven,
		Money revenue) {
}
