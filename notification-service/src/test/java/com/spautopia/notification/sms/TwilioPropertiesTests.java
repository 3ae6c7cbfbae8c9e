package com.spautopia.notification.sms;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioPropertiesTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	private static final String ACCOUNT_SID = "AC" + "a".repeat(32);

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsLocalDefaultsWithEmptyOptionalUrls() {
		TwilioProperties properties = new TwilioProperties(ACCOUNT_SID, "token", "+15005550006", "", "",
				"http://127.0.0.1:8089");

		assertThat(this.validator.validate(properties)).isEmpty();
	}

	@Test
	void acceptsMessagingServiceInsteadOfFromNumber() {
		TwilioProperties properties = new TwilioProperties(ACCOUNT_SID, "token", null, "MG" + "b".repeat(32), null,
				null);

		assertThat(this.validator.validate(properties)).isEmpty();
	}

	@Test
	void requiresASender() {
		TwilioProperties properties = new TwilioProperties(ACCOUNT_SID, "token", "", "", null, null);

		assertThat(this.validator.validate(properties)).extracting((violation) -> violation.getMessage())
			.containsExactly("spa.twilio.from-number or spa.twilio.messaging-service-sid must be set");
	}

	@Test
	void rejectsMalformedAccountSidAndApiUrl() {
		TwilioProperties properties = new TwilioProperties("nope", "token", "+15005550006", null, null, "localhost");

		assertThat(this.validator.validate(properties))
			.extracting((violation) -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("accountSid", "apiUrl");
	}

	@Test
	void neverShowsTheAuthToken() {
		TwilioProperties properties = new TwilioProperties(ACCOUNT_SID, "s3cr3t-token", "+15005550006", null, null,
				null);

		assertThat(properties.toString()).doesNotContain("s3cr3t-token");
	}

}
