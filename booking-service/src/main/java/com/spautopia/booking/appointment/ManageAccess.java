package com.spautopia.booking.appointment;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * What a booking keeps of its manage links: hashes only, never a token
 * ({@link ManageLinks}).
 *
 * @param shortCodeHash the SHA-256 of its short link's code, to find the booking a short
 * link names
 * @param legacyTokenHash for a booking made before tokens were derived, the SHA-256 of
 * the token it was given (its links keep working); {@code null} otherwise
 * @param legacyShortCodeHash for such a booking, the SHA-256 of the short code its SMS
 * carried (the token's first 12 characters), so that those short links keep working too
 */
record ManageAccess(String shortCodeHash, @Nullable String legacyTokenHash, @Nullable String legacyShortCodeHash) {

	@PersistenceCreator
	ManageAccess {
	}

	ManageAccess(String shortCodeHash, @Nullable String legacyTokenHash) {
		this(shortCodeHash, legacyTokenHash, null);
	}

}
