package com.spautopia.booking.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import com.spautopia.booking.web.Problems;
import com.spautopia.events.EventJson;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Makes booking requests idempotent: the same key and body give the same booking; the
 * same key with another body is refused.
 */
@Component
class IdempotencyKeys {

	private final MongoTemplate mongo;

	private final Clock clock;

	IdempotencyKeys(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Runs the booking once per key.
	 * @param key the Idempotency-Key
	 * @param request the request body
	 * @param book makes the booking
	 * @return the id of the booking this key made, now or before
	 */
	String once(String key, BookingRequest request, Supplier<Booking> book) {
		String fingerprint = fingerprint(request);
		try {
			this.mongo.insert(new IdempotentRequest(key, fingerprint, null, this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			return earlier(key, fingerprint);
		}
		try {
			Booking booking = book.get();
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), Update.update("bookingId", booking.id()),
					IdempotentRequest.class);
			return booking.id();
		}
		catch (RuntimeException ex) {
			// nothing was booked: let the client try again with the same key
			this.mongo.remove(Query.query(Criteria.where("_id").is(key)), IdempotentRequest.class);
			throw ex;
		}
	}

	private String earlier(String key, String fingerprint) {
		IdempotentRequest earlier = Optional.ofNullable(this.mongo.findById(key, IdempotentRequest.class))
			.orElseThrow(() -> Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-progress",
					"A request with this Idempotency-Key is being processed. Retry shortly."));
		if (!earlier.fingerprint().equals(fingerprint)) {
			throw Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"This Idempotency-Key was already used with a different request.");
		}
		if (earlier.bookingId() == null) {
			throw Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-progress",
					"A request with this Idempotency-Key is being processed. Retry shortly.");
		}
		return earlier.bookingId();
	}

	private static String fingerprint(BookingRequest request) {
		try {
			byte[] json = EventJson.mapper().writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
		}
		catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("Cannot fingerprint the request", ex);
		}
	}

}
