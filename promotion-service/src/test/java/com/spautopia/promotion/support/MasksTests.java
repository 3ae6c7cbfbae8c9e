package com.spautopia.promotion.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTests {

	@Test
	void keepsCountryPrefixAndLastDigitsOfPhone() {
		assertThat(Masks.phone("+48123456789")).isEqualTo("+48******789");
	}

	@Test
	void keepsFirstLetterAndDomainOfEmail() {
		assertThat(Masks.email("jan@example.com")).isEqualTo("j***@example.com");
	}

	@Test
	void hidesValuesTooShortToMask() {
		assertThat(Masks.phone("+4812")).isEqualTo("***");
		assertThat(Masks.email("@x")).isEqualTo("***");
	}

}
