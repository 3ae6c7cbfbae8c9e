package com.spautopia.promotion.redemption;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.spautopia.events.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What happens to reservations afterwards: released (the limits get them back) when a
 * booking does not use them, is cancelled or the client does not show up, made final when
 * it is completed. A release is a conditional state change from {@code RESERVED}, so it
 * gives the counters back once, however often it is asked for.
 */
@Service
public class RedemptionLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RedemptionLifecycle.class);

	private final MongoOperations mongo;

	private final RedemptionCounters counters;

	private final RedemptionProperties properties;

	private final Clock clock;

	RedemptionLifecycle(MongoOperations mongo, RedemptionCounters counters, RedemptionProperties properties,
			Clock clock) {
		this.mongo = mongo;
		this.counters = counters;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Moves the expiry of a moved booking's open reservations to its new end.
	 * @param bookingId the booking
	 * @param end the appointment's new end
	 */
	public void moved(String bookingId, Instant end) {
		this.mongo.updateMulti(ofBooking(bookingId, Redemption.State.RESERVED),
				new Update().set("expiresAt", end.plus(this.properties.grace())), Redemption.class);
	}

	/**
	 * Releases reservations a booking made but does not use.
	 * @param bookingId the booking
	 * @param promotionIds the promotions to release
	 */
	public void release(String bookingId, Collection<String> promotionIds) {
		for (String promotionId : promotionIds) {
			Redemption redemption = this.mongo.findById(Redemption.id(bookingId, promotionId), Redemption.class);
			if (redemption != null) {
				release(redemption);
			}
		}
	}

	/**
	 * Releases a booking's reservations of promotions it did not end up using, whoever
	 * made them.
	 * @param bookingId the booking
	 * @param used the promotions it uses
	 */
	public void keepOnly(String bookingId, Set<String> used) {
		Query unused = Query.query(Criteria.where("bookingId")
			.is(bookingId)
			.and("state")
			.is(Redemption.State.RESERVED)
			.and("promotionId")
			.nin(used));
		this.mongo.find(unused, Redemption.class).forEach(this::release);
	}

	/**
	 * Gives the reservations of a booking cancelled or missed back to the limits, once.
	 * @param bookingId the booking
	 * @return the redemptions released now
	 */
	public List<Redemption> releaseBooking(String bookingId) {
		return this.mongo.find(ofBooking(bookingId, Redemption.State.RESERVED), Redemption.class)
			.stream()
			.filter(this::release)
			.toList();
	}

	/**
	 * Makes a completed booking's redemptions final.
	 * @param bookingId the booking
	 * @param revenue what the booking paid
	 * @return every final redemption of the booking
	 */
	public List<Redemption> finalizeBooking(String bookingId, Money revenue) {
		this.mongo.updateMulti(ofBooking(bookingId, Redemption.State.RESERVED),
				new Update().set("state", Redemption.State.FINAL)
					.set("updatedAt", this.clock.instant())
					.set("revenue", revenue),
				Redemption.class);
		return this.mongo.find(ofBooking(bookingId, Redemption.State.FINAL), Redemption.class);
	}

	public List<Redemption> ofBooking(String bookingId) {
		return this.mongo.find(Query.query(Criteria.where("bookingId").is(bookingId)), Redemption.class);
	}

	boolean release(Redemption redemption) {
		Query reserved = Query
			.query(Criteria.where("_id").is(redemption.id()).and("state").is(Redemption.State.RESERVED));
		Update released = new Update().set("state", Redemption.State.RELEASED).set("updatedAt", this.clock.instant());
		if (this.mongo.updateFirst(reserved, released, Redemption.class).getModifiedCount() == 0) {
			return false;
		}
		long discount = Claim.minorUnits(redemption.discount());
		redemption.counters().forEach((key) -> this.counters.giveBack(key, discount));
		logger.info("Released redemption of promotion {} by booking {}", redemption.promotionId(),
				redemption.bookingId());
		return true;
	}

	private static Query ofBooking(String bookingId, Redemption.State state) {
		return Query.query(Criteria.where("bookingId").is(bookingId).and("state").is(state));
	}

}
