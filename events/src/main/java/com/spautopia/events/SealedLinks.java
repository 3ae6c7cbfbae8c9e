package com.spautopia.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The links that let a client manage a booking (they carry its manage token), sealed for
 * the one service that messages the client. Every service reads the booking topic, but
 * only booking-service and notification-service hold the sealing key: to the others (and
 * to anyone reading the topic, a dead letter or a log) a sealed link is noise.
 * <p>
 * A sealed link is {@code sealed:v1:} and the Base64url of a random 96-bit nonce followed
 * by the AES-256-GCM encryption of the link, authenticated together with the booking's id
 * (a link sealed for one booking does not open as another's).
 */
public final class SealedLinks {

	/** What every sealed link starts with. */
	public static final String PREFIX = "sealed:v1:";

	private static final String CIPHER = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	private SealedLinks(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * Seals and opens with a key given in Base64 (standard or URL-safe alphabet).
	 * @param base64Key 32 random bytes in Base64, e.g. from
	 * {@code openssl rand -base64 32}
	 * @return the seal
	 * @throws IllegalArgumentException if the key is not 32 bytes of Base64
	 */
	public static SealedLinks withKey(String base64Key) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.strip().replace('-', '+').replace('_', '/'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The manage links' sealing key is not Base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalArgumentException(
					"The manage links' sealing key must be 32 bytes (openssl rand -base64 32); it is " + key.length);
		}
		return new SealedLinks(key);
	}

	/**
	 * Seals a booking's link.
	 * @param link the link
	 * @param bookingId the booking it belongs to
	 * @return the sealed link
	 */
	public String seal(String link, String bookingId) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, bookingId);
			byte[] sealed = cipher.doFinal(link.getBytes(StandardCharsets.UTF_8));
			byte[] whole = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(whole);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a manage link", ex);
		}
	}

	/**
	 * Opens a booking's sealed link. A link that is not sealed (from an event published
	 * before links were) is given back as it is.
	 * @param value the sealed link
	 * @param bookingId the booking it belongs to
	 * @return the link
	 * @throws IllegalArgumentException if it was sealed with another key, for another
	 * booking, or tampered with
	 */
	public String open(String value, String bookingId) {
		if (!isSealed(value)) {
			return value;
		}
		try {
			byte[] whole = Base64.getUrlDecoder().decode(value.substring(PREFIX.length()));
			if (whole.length <= NONCE_BYTES) {
				throw new IllegalArgumentException("A sealed manage link of booking " + bookingId + " is cut short");
			}
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(whole, NONCE_BYTES), bookingId);
			return new String(cipher.doFinal(whole, NONCE_BYTES, whole.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("The manage link of booking " + bookingId
					+ " does not open with this key (another key, another booking, or altered)", ex);
		}
	}

	/**
	 * Whether a value is a sealed link.
	 * @param value the value
	 * @return whether it starts with {@link #PREFIX}
	 */
	public static boolean isSealed(String value) {
		return value.startsWith(PREFIX);
	}

	private Cipher cipher(int mode, byte[] nonce, String bookingId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(CIPHER);
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(bookingId.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
