package com.spautopia.promotion.definition;

import com.spautopia.events.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscountTests {

	@Test
	void roundsPercentDiscountHalfUpInTheCurrencysMinorUnit() {
		assertThat(Discount.percent("12.5").of(Money.of("199.99", "PLN"))).isEqualTo(Money.of("25.00", "PLN"));
		assertThat(Discount.percent("15").of(Money.of("33.30", "PLN"))).isEqualTo(Money.of("5.00", "PLN"));
		assertThat(Discount.percent("15").of(Money.of("33.33", "PLN"))).isEqualTo(Money.of("5.00", "PLN"));
		assertThat(Discount.percent("10").of(Money.of("0.05", "PLN"))).isEqualTo(Money.of("0.01", "PLN"));
	}

	@Test
	void roundsToWholeUnitsForCurrenciesWithoutMinorUnit() {
		assertThat(Discount.percent("10").of(Money.of("1005", "JPY"))).isEqualTo(Money.of("101", "JPY"));
	}

	@Test
	void neverDiscountsBelowZero() {
		assertThat(Discount.fixed(Money.of("50.00", "PLN")).of(Money.of("30.00", "PLN")))
			.isEqualTo(Money.of("30.00", "PLN"));
		assertThat(Discount.percent("100").of(Money.of("260.00", "PLN"))).isEqualTo(Money.of("260.00", "PLN"));
	}

	@Test
	void givesNothingForFixedAmountInAnotherCurrency() {
		Discount euros = Discount.fixed(Money.of("10.00", "EUR"));

		assertThat(euros.appliesTo("PLN")).isFalse();
		assertThat(euros.of(Money.of("260.00", "PLN")).isZero()).isTrue();
	}

}
