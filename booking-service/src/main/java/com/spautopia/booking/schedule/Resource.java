package com.spautopia.booking.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Something whose time a booking holds: a therapist, a treatment room, or the client (who
 * cannot be in two places at once).
 *
 * @param kind what it is
 * @param id its id
 */
public record Resource(Kind kind, String id) {

	public static Resource therapist(String therapistId) {
		return new Resource(Kind.THERAPIST, therapistId);
	}

	public static Resource room(String roomId) {
		return new Resource(Kind.ROOM, roomId);
	}

	/**
	 * The client with this phone number, named by a one-way hash of it so that no
	 * personal data sits in the schedule.
	 * @param phone the phone number in E.164 form
	 * @return the client as a resource
	 */
	public static Resource clientWithPhone(String phone) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8));
			return new Resource(Kind.CLIENT, HexFormat.of().formatHex(digest, 0, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The resource as stored: {@code therapist:maria-nowak}.
	 * @return the key
	 */
	public String key() {
		return this.kind.name().toLowerCase(Locale.ROOT) + ":" + this.id;
	}

	static Resource ofKey(String key) {
		int colon = key.indexOf(':');
		return new Resource(Kind.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), key.substring(colon + 1));
	}

	/**
	 * The kinds of resources.
	 */
	public enum Kind {

		THERAPIST, ROOM, CLIENT

	}

}
