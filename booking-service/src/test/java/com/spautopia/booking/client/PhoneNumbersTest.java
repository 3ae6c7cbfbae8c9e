package com.spautopia.booking.client;

import java.util.Set;

import com.spautopia.booking.client.PhoneNumbers.Verdict;
import org.junit.jupiter.api.Test;
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
		assertThat(this.polish.check(typed)).isEqualTo(Verdict.INVALID);
	}

	@ParameterizedTest
	@CsvSource({ "601 234 567, ACCEPTED", "+48 22 123 45 67, ACCEPTED", "+44 7911 123456, REGION_NOT_SERVED",
			"+1 284 300 1234, REGION_NOT_SERVED", "701 234 567, COSTLY", "801 234 567, COSTLY" })
	void textsOnlyNumbersOfTheServedRegionsThatCostNothingExtra(String typed, Verdict verdict) {
		assertThat(this.polish.check(typed)).isEqualTo(verdict);
	}

	@Test
	void servesTheRegionsConfigured() {
		PhoneNumbers polishAndBritish = new PhoneNumbers("PL", Set.of("pl", "GB"));

		assertThat(polishAndBritish.check("+44 7400 123456")).isEqualTo(Verdict.ACCEPTED);
		assertThat(polishAndBritish.check("601 234 567")).isEqualTo(Verdict.ACCEPTED);
		assertThat(polishAndBritish.check("+49 1512 3456789")).isEqualTo(Verdict.REGION_NOT_SERVED);
	}

	@ParameterizedTest
	@CsvSource({ "+48601234567, +48 *** *** 567", "+447911123456, +44 *** *** 456", "+12843001234, +1 *** *** 234",
			"not a number, ***", "+48601, ***" })
	void masksANumberToItsCountryCodeAndLastThreeDigits(String e164, String masked) {
		assertThat(PhoneNumbers.mask(e164)).isEqualTo(masked);
	}

}
