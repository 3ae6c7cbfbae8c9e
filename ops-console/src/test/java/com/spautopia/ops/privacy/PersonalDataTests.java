package com.spautopia.ops.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			+48601234567     | +48 *** *** 567
			+48 601 234 567  | +48 *** *** 567
			+12025550123     | +12 *** *** 123
			601234567        | *** *** 567
			12345            | ***
			""")
	void masksAPhoneNumberToItsCountryCodeAndLastThreeDigits(String phone, String masked) {
		assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ada@example.com          | a***@example.com
			grace.hopper@navy.mil    | g***@navy.mil
			@example.com             | ***
			""")
	void masksAnEmailAddressToItsFirstCharacterAndDomain(String email, String masked) {
		assertThat(PersonalData.maskEmail(email)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Twilio refused +48601234567: opted out           | Twilio refused +48 *** *** 567: opted out
			no mailbox ada@example.com (550)                 | no mailbox a***@example.com (550)
			booking-12345678-1234-1234-1234-123456789012 bad | booking-12345678-1234-1234-1234-123456789012 bad
			offset 42 of partition 3                         | offset 42 of partition 3
			""")
	void masksPhoneNumbersAndEmailAddressesInTextAndLeavesIdsAlone(String text, String masked) {
		assertThat(PersonalData.maskText(text)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			+48601234567                              | +48 *** *** 567
			booking-0b6f6c1e-0000-4000-8000-000000000000 | booking-0b6f6c1e-0000-4000-8000-000000000000
			client-ada                                | client-ada
			""")
	void masksAKeyOnlyWhenItIsAPhoneNumber(String key, String masked) {
		assertThat(PersonalData.maskIfPhone(key)).isEqualTo(masked);
	}

}
