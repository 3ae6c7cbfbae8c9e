package com.spautopia.booking.appointment;

import java.util.Optional;
import java.util.function.UnaryOperator;

import com.spautopia.booking.web.Problems;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Loads and changes bookings. A change is applied to the latest version and saved with an
 * optimistic lock; when another change (or the outbox relay) got there first, it is
 * applied again to what that left.
 */
@Component
class BookingStore {

	private static final int MAX_ATTEMPTS = 50;

	private final MongoTemplate mongo;

	BookingStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Booking get(String id) {
		Booking booking = this.mongo.findById(id, Booking.class);
		if (booking == null) {
			throw Problems.of(HttpStatus.NOT_FOUND, "booking-not-found", "There is no booking '" + id + "'.");
		}
		return booking;
	}

	boolean exists(String id) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id)), Booking.class);
	}

	Optional<Booking> findByIdempotencyKey(String key) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("idempotency.key").is(key)), Booking.class));
	}

	Booking insert(Booking booking) {
		return this.mongo.insert(booking);
	}

	/**
	 * Applies a change to a booking.
	 * @param id the booking
	 * @param change gives the changed booking, the same booking for no change, or throws
	 * when the change is not allowed
	 * @return the booking as saved
	 */
	Booking change(String id, UnaryOperator<Booking> change) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Booking current = get(id);
			Booking changed = change.apply(current);
			if (changed == current) {
				return current;
			}
			try {
				return this.mongo.save(changed);
			}
			catch (OptimisticLockingFailureException ex) {
				// changed meanwhile: apply the change again to the latest version
			}
		}
		throw new IllegalStateException("Booking " + id + " kept changing; gave up after " + MAX_ATTEMPTS);
	}

}
