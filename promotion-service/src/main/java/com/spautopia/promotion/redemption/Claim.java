package com.spautopia.promotion.redemption;

import java.math.BigDecimal;
import java.time.Instant;

import com.spautopia.events.Money;
import com.spautopia.promotion.definition.Promotion;
import org.jspecify.annotations.Nullable;

/**
 * A booking's wish to use a promotion.
 *
 * @param bookingId the booking, or none for a quote
 * @param promotion the promotion
 * @param clientId the client
 * @param uniqueCode the client's own code, when one is used
 * @param discount the discount it would give
 * @param appointmentEnd when the booked appointment ends, so that a reservation the
 * booking never completes nor cancels expires; none for a quote
 */
public record Claim(@Nullable String bookingId, Promotion promotion, @Nullable String clientId,
		@Nullable String uniqueCode, Money discount, @Nullable Instant appointmentEnd) {

	public Claim(@Nullable String bookingId, Promotion promotion, @Nullable String clientId,
			@Nullable String uniqueCode, Money discount) {
		this(bookingId, promotion, clientId, uniqueCode, discount, null);
	}

	static long minorUnits(Money money) {
		BigDecimal amount = money.amount();
		return amount.movePointRight(amount.scale()).longValueExact();
	}

	long discountMinor() {
		return minorUnits(this.discount);
	}

}
