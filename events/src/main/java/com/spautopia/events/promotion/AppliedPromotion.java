package com.spautopia.events.promotion;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * A promotion applied to a booking.
 *
 * @param promotionId the promotion's id
 * @param name the promotion's display name
 * @param code the promo code used, if it was a code promotion
 * @param discount the discount this promotion gave
 */
public record AppliedPromotion(String promotionId, String name, @Nullable String code, Money discount) {
}
