package com.spautopia.booking.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Leases on named jobs, one document per job: a lease is taken or renewed with one atomic
 * conditional update (free, expired, or already the caller's), so however many instances
 * try at once, one holds it. A holder that stops renewing loses it when it expires.
 * Instances' clocks are assumed to agree to well within a lease's duration.
 */
@Component
public class Leases {

	static final String COLLECTION = "leases";

	private final MongoTemplate mongo;

	private final Clock clock;

	Leases(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * A new hold on a lease for this instance, with an owner id of its own.
	 * @param name the job
	 * @param duration how long the lease lasts unless renewed
	 * @return the hold, not yet taken
	 */
	public HeldLease lease(String name, Duration duration) {
		return new HeldLease(this, this.clock, name, duration);
	}

	/**
	 * Takes or renews a lease.
	 * @param name the job
	 * @param owner who wants it; unique per instance
	 * @param duration how long it is held from now unless renewed
	 * @return until when the owner holds it, or empty when another owner does
	 */
	public Optional<Instant> acquire(String name, String owner, Duration duration) {
		Instant now = this.clock.instant();
		Instant until = now.plus(duration);
		Query mineOrFree = Query.query(Criteria.where("_id")
			.is(name)
			.orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(Date.from(now))));
		Update update = new Update().set("owner", owner).set("until", Date.from(until));
		if (this.mongo.updateFirst(mineOrFree, update, COLLECTION).getMatchedCount() == 1) {
			return Optional.of(until);
		}
		try {
			this.mongo.insert(new Document("_id", name).append("owner", owner).append("until", Date.from(until)),
					COLLECTION);
			return Optional.of(until);
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Gives a lease up, if the owner still holds it, so that another can take it at once.
	 * @param name the job
	 * @param owner the owner giving it up
	 */
	public void release(String name, String owner) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)), COLLECTION);
	}

}
