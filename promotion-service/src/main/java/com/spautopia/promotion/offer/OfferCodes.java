package com.spautopia.promotion.offer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Codes unique to one offer, derived from the offer's id so that issuing an offer again
 * after a restart gives the same code.
 */
final class OfferCodes {

	/** Crockford's base 32: no I, L, O or U to misread. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int LENGTH = 10;

	private OfferCodes() {
	}

	static String uniqueCode(String offerId) {
		byte[] hash = sha256(offerId);
		StringBuilder code = new StringBuilder("SPA-");
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET[(hash[i] & 0xFF) % ALPHABET.length]);
		}
		return code.toString();
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
