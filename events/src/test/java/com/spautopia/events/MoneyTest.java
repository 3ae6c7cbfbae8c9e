package com.spautopia.events;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

	@Test
	void keepsAmountsAtTheCurrencysMinorUnit() {
		assertThat(new Money(new BigDecimal("19.999"), "EUR").amount()).isEqualByComparingTo("20.00")
			.hasToString("20.00");
		assertThat(new Money(new BigDecimal("1500.4"), "JPY").amount()).hasToString("1500");
	}

	@Test
	void isWrittenAsAmountAndCurrencyOnly() throws Exception {
		String json = EventJson.mapper().writeValueAsString(Money.of("220", "PLN"));

		assertThat(json).isEqualTo("{\"amount\":220.00,\"currency\":\"PLN\"}");
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10", "EUR").minus(Money.of("1", "PLN")))
			.withMessageContaining("EUR")
			.withMessageContaining("PLN");
	}

}
