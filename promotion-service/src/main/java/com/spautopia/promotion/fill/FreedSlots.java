package com.spautopia.promotion.fill;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.booking.SlotFreed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Records freed slots and their fillings, each with one single-document atomic write that
 * sets its half only while it is unset: a redelivered event changes nothing, and of two
 * bookings that say they fill the same freed time the first counts.
 */
@Component
public class FreedSlots {

	private static final Logger logger = LoggerFactory.getLogger(FreedSlots.class);

	private final MongoOperations mongo;

	FreedSlots(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Records that time was freed.
	 * @param freed the event
	 */
	public void freed(SlotFreed freed) {
		Query unrecorded = Query.query(Criteria.where("_id").is(freed.bookingId()).and("freedAt").is(null));
		Update update = new Update().set("freedAt", freed.freedAt())
			.set("reason", freed.reason())
			.setOnInsert("fillingCancelled", false);
		try {
			this.mongo.upsert(unrecorded, update, FreedSlot.class);
		}
		catch (DuplicateKeyException ex) {
			// recorded before: a redelivery, or the same booking's time freed again
			logger.debug("Freed slot {} was recorded before", freed.bookingId());
		}
	}

	/**
	 * Records that a booking filled freed time.
	 * @param freedBookingId the booking that freed it
	 * @param fillingBookingId the booking that fills it
	 * @param requestedAt when the filling booking was requested
	 * @param finalPrice its final price
	 */
	public void filled(String freedBookingId, String fillingBookingId, Instant requestedAt, Money finalPrice) {
		Query unfilled = Query.query(Criteria.where("_id").is(freedBookingId).and("fillingBookingId").is(null));
		Update update = new Update().set("fillingBookingId", fillingBookingId)
			.set("filledAt", requestedAt)
			.set("fillingPrice", finalPrice)
			.setOnInsert("fillingCancelled", false);
		try {
			this.mongo.upsert(unfilled, update, FreedSlot.class);
		}
		catch (DuplicateKeyException ex) {
			logger.debug("Freed slot {} was filled before (booking {} is not counted again)", freedBookingId,
					fillingBookingId);
		}
	}

	/**
	 * Records that a booking was cancelled, if it filled freed time.
	 * @param bookingId the cancelled booking
	 */
	public void cancelled(String bookingId) {
		this.mongo.updateFirst(Query.query(Criteria.where("fillingBookingId").is(bookingId)),
				new Update().set("fillingCancelled", true), FreedSlot.class);
	}

	/**
	 * The slots freed in a period.
	 * @param from the first instant
	 * @param until the instant after the last
	 * @return the slots
	 */
	List<FreedSlot> freedBetween(Instant from, Instant until) {
		return this.mongo.find(Query.query(Criteria.where("freedAt").gte(from).lt(until)), FreedSlot.class);
	}

}
