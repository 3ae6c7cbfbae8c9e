package com.spautopia.booking.appointment;

import org.jspecify.annotations.Nullable;

/**
 * What a booking keeps of its manage links: hashes only, never a token
 * ({@link ManageLinks}).
 *
 * @param shortCodeHash the SHA-256 of its short link's code, to find the booking a short
 * link names
 * @param legacyTokenHash for a booking made before tokens were derived, the SHA-256 of
 * the token it was given (its links keep working); {@code null} otherwise
 */
record ManageAccess(String shortCodeHash, @Nullable String legacyTokenHash) {

}
