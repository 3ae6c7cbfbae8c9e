package com.spautopia.booking.waitlist;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tokens that let a client leave the waitlist and claim an offer without an account:
 * derived from the entry's or offer's id with the manage links' secret (HMAC-SHA256, each
 * purpose with its own prefix, so that no token opens anything else), never stored.
 */
@Component
class WaitlistTokens {

	private static final String HMAC = "HmacSHA256";

	private final SecretKeySpec secret;

	WaitlistTokens(@Value("${spa.manage-links.token-secret}") String base64Secret) {
		// the manage links check the secret's form and length at start-up
		this.secret = new SecretKeySpec(
				Base64.getDecoder().decode(base64Secret.strip().replace('-', '+').replace('_', '/')), HMAC);
	}

	String entryToken(String entryId) {
		return derived("waitlist-entry:" + entryId);
	}

	boolean isEntryToken(String entryId, @Nullable String token) {
		return matches(entryToken(entryId), token);
	}

	String offerToken(String offerId) {
		return derived("waitlist-offer:" + offerId);
	}

	boolean isOfferToken(String offerId, @Nullable String token) {
		return matches(offerToken(offerId), token);
	}

	private static boolean matches(String expected, @Nullable String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

	private String derived(String purpose) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.secret);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
