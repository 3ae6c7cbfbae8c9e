package com.spautopia.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.EventJson;

import org.springframework.http.HttpStatus;

/**
 * A booking request made with an {@code Idempotency-Key}, stored inside the booking it
 * made: the key and a fingerprint of the body. The same key and body give the same
 * booking; the same key with another body is refused.
 *
 * @param key the client's Idempotency-Key
 * @param fingerprint SHA-256 of the request body
 */
record IdempotentRequest(String key, String fingerprint) {

	static IdempotentRequest of(String key, BookingRequest request) {
		return new IdempotentRequest(key, fingerprint(request));
	}

	/**
	 * The answer to this request when its key already made a booking.
	 * @param earlier the booking the key made
	 * @return that booking, if the body is the same
	 * @throws org.springframework.web.ErrorResponseException 422 if the key was used with
	 * another body
	 */
	Booking replay(Booking earlier) {
		IdempotentRequest made = earlier.idempotency();
		if (made == null || !made.fingerprint().equals(this.fingerprint)) {
			throw Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"This Idempotency-Key was already used with a different request.");
		}
		return earlier;
	}

	private static String fingerprint(BookingRequest request) {
		try {
			byte[] json = EventJson.mapper().writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
		}
		catch (NoSuchAlgorithmException | JsonProcessingException ex) {
			throw new IllegalStateException("Cannot fingerprint the request", ex);
		}
	}

}
