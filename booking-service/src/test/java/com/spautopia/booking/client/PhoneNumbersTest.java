package com.spautopia.booking.client;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

	private final PhoneNumbers polish = new PhoneNumbers("PL");

	@ParameterizedTest
	@CsvSource({ "601 234 567, +48601234567", "+48 601-234-567, +48601234567", "0048601234567, +48601234567",
			"+44 7911 123456, +447911123456" })
	void normalizesToE164(String typed, String e164) {
		assertThat(this.polish.toE164(typed)).contains(e164);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "not a number", "+48 601", "+999 123 456 789" })
	void refusesWhatIsNotAPhoneNumber(String typed) {
		assertThat(this.polish.toE164(typed)).isEmpty();
	}

}
