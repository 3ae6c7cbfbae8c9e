package com.spautopia.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An amount of money in one currency, always held at the currency's minor unit.
 *
 * @param amount the amount, scaled to the currency's fraction digits
 * @param currency the ISO 4217 currency code
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		amount = amount.setScale(Math.max(digits, 0), RoundingMode.HALF_UP);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.subtract(other.amount), this.currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	@JsonIgnore
	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + this.currency + " with " + other.currency);
		}
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency;
	}

}
