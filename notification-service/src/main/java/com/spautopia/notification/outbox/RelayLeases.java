package com.spautopia.notification.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Leases on named jobs, one document per job in {@code leases}: taken or renewed with one
 * atomic conditional update (free, expired, or already the caller's), so that of several
 * instances one holds it; a holder that stops renewing loses it when it expires. Every
 * write names {@code _id}, which an index serves.
 */
@Component
class RelayLeases {

	static final String COLLECTION = "leases";

	private final MongoOperations mongo;

	private final Clock clock;

	RelayLeases(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * A new hold on a lease, with an owner id of its own.
	 * @param name the job
	 * @param duration how long the lease lasts unless renewed
	 * @return the hold, not yet taken
	 */
	RelayLease lease(String name, Duration duration) {
		return new RelayLease(this, this.clock, name, duration);
	}

	Optional<Instant> acquire(String name, String owner, Duration duration) {
		Instant now = this.clock.instant();
		Instant until = now.plus(duration);
		Query mineOrFree = Query.query(Criteria.where("_id")
			.is(name)
			.orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(Date.from(now))));
		Update take = new Update().set("owner", owner).set("until", Date.from(until));
		if (this.mongo.updateFirst(mineOrFree, take, COLLECTION).getMatchedCount() == 1) {
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

	void release(String name, String owner) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)), COLLECTION);
	}

}
