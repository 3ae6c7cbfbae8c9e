package com.spautopia.promotion.definition;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * How often and how much a promotion may be redeemed; a missing value is no limit.
 *
 * @param totalRedemptions bookings in all
 * @param perClient bookings per client
 * @param budget the total discount it may give
 */
public record Limits(@Nullable Integer totalRedemptions, @Nullable Integer perClient, @Nullable Money budget) {

	public static Limits none() {
		return new Limits(null, null, null);
	}

	public boolean limitsTotal() {
		return this.totalRedemptions != null || this.budget != null;
	}

}
