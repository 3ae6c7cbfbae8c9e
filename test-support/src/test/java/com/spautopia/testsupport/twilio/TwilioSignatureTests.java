package com.spautopia.testsupport.twilio;

import java.util.Map;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's signer signs as Twilio does: the SDK's validator, which the service
 * uses, accepts its signatures and no others.
 */
class TwilioSignatureTests {

	private static final String URL = "https://spa.example/twilio/status?message=ev-1%3ASMS%3AREMINDER";

	private static final Map<String, String> PARAMS = Map.of("MessageSid", "SM" + "0".repeat(32), "MessageStatus",
			"delivered", "To", "+48600100200");

	@Test
	void theSdksValidatorAcceptsItsSignature() {
		String signature = TwilioSignature.sign("the-auth-token", URL, PARAMS);

		assertThat(new RequestValidator("the-auth-token").validate(URL, PARAMS, signature)).isTrue();
		assertThat(new RequestValidator("another-token").validate(URL, PARAMS, signature)).isFalse();
		assertThat(new RequestValidator("the-auth-token").validate(URL + "x", PARAMS, signature)).isFalse();
	}

}
