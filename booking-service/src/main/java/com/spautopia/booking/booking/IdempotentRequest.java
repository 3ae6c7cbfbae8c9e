package com.spautopia.booking.booking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A booking request made with an {@code Idempotency-Key}: the key, a fingerprint of the
 * body and, once made, the booking it produced. Kept for a day.
 *
 * @param key the client's Idempotency-Key
 * @param fingerprint SHA-256 of the request body
 * @param bookingId the booking made, or {@code null} while the request is in progress
 * @param createdAt when the key was first seen; the record expires a day later
 */
@Document("idempotency_keys")
record IdempotentRequest(@Id String key, String fingerprint, @Nullable String bookingId,
		@Indexed(expireAfter = "1d") Instant createdAt) {
}
