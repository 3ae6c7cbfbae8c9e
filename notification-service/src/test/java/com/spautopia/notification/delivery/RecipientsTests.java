package com.spautopia.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTests {

	@Test
	void masksPhoneNumbersKeepingCountryCodeAndLastDigits() {
		assertThat(Recipients.mask("+48123456789")).isEqualTo("+48*****789");
	}

	@Test
	void masksEmailAddressesKeepingFirstLetterAndDomain() {
		assertThat(Recipients.mask("jan.kowalski@example.com")).isEqualTo("j***@example.com");
	}

	@Test
	void scrubsRecipientsOutOfProviderMessages() {
		assertThat(Recipients.scrub("The 'To' number +48123456789 is not valid; reply to jan@example.com"))
			.isEqualTo("The 'To' number +48*****789 is not valid; reply to j***@example.com");
	}

	@Test
	void leavesErrorCodesAlone() {
		assertThat(Recipients.scrub("Twilio error 21610 (HTTP 400)")).isEqualTo("Twilio error 21610 (HTTP 400)");
	}

}
