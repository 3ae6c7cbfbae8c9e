package com.spautopia.testsupport.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes {@code X-Twilio-Signature} as Twilio does: HMAC-SHA1, keyed by the auth token,
 * over the full URL followed by every POST parameter (sorted by name) as name + value,
 * Base64-encoded. The one signer of the project's tests: they sign the webhook requests
 * they post with it.
 */
public final class TwilioSignature {

	/** The header the signature travels in. */
	public static final String HEADER = "X-Twilio-Signature";

	private TwilioSignature() {
	}

	/**
	 * The signature of a request, as Twilio computes it (and the SDK's
	 * {@code RequestValidator} checks it).
	 * @param authToken the auth token
	 * @param url the full URL Twilio calls, query included
	 * @param params the POST parameters
	 * @return the Base64 signature
	 */
	public static String sign(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
	}

}
