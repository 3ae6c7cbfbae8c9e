package com.spautopia.promotion.definition;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * A discount: a percentage of the list price, rounded half up in the currency's minor
 * unit, or a fixed amount; never more than the price, so a price never goes below zero.
 *
 * @param type percent or fixed amount
 * @param percent the percentage, for {@link Type#PERCENT}
 * @param amount the amount, for {@link Type#FIXED}
 */
public record Discount(Type type, @Nullable BigDecimal percent, @Nullable Money amount) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static Discount percent(String percent) {
		return new Discount(Type.PERCENT, new BigDecimal(percent), null);
	}

	public static Discount fixed(Money amount) {
		return new Discount(Type.FIXED, null, amount);
	}

	/**
	 * The discount this gives on a price.
	 * @param price the price
	 * @return the discount, between zero and the price, in the price's currency
	 */
	public Money of(Money price) {
		BigDecimal value = switch (this.type) {
			case PERCENT -> price.amount()
				.multiply(required(this.percent))
				.divide(HUNDRED, price.amount().scale(), RoundingMode.HALF_UP);
			case FIXED -> appliesTo(price.currency()) ? required(this.amount).amount() : BigDecimal.ZERO;
		};
		return new Money(value.max(BigDecimal.ZERO).min(price.amount()), price.currency());
	}

	/**
	 * Whether this discount can apply to a price in a currency.
	 * @param currency the price's currency
	 * @return false for a fixed amount in another currency
	 */
	public boolean appliesTo(String currency) {
		return this.type == Type.PERCENT || required(this.amount).currency().equals(currency);
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("Discount is incomplete");
		}
		return value;
	}

	/**
	 * How a discount is expressed.
	 */
	public enum Type {

		PERCENT, FIXED

	}

}
