package com.spautopia.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests as Twilio does, for tests that post them with MockMvc.
 */
public final class TwilioRequests {

	private TwilioRequests() {
	}

	/**
	 * The {@code X-Twilio-Signature} of a request: Base64 of the HMAC-SHA1, keyed with
	 * the auth token, of the URL followed by each POST parameter's name and value, sorted
	 * by name.
	 * @param authToken the auth token
	 * @param url the full URL Twilio calls
	 * @param parameters the POST parameters
	 * @return the signature
	 */
	public static String signature(String authToken, String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
