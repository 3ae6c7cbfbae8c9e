package com.spautopia.promotion.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Named leases, so that work which must be done by one instance at a time (publishing
 * offers, launching campaigns) is claimed with a single-document atomic conditional
 * upsert. A lease expires on its own when its holder dies.
 */
@Component
public class Leases {

	private static final String COLLECTION = "leases";

	private final MongoOperations mongo;

	private final Clock clock;

	private final String owner = UUID.randomUUID().toString();

	Leases(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Takes or renews a lease.
	 * @param name the lease
	 * @param duration how long it is held without renewal
	 * @return whether this instance holds the lease now
	 */
	public boolean tryAcquire(String name, Duration duration) {
		Instant now = this.clock.instant();
		Query claimable = Query.query(Criteria.where("_id")
			.is(name)
			.orOperator(Criteria.where("owner").is(this.owner), Criteria.where("until").lt(now)));
		Update claim = new Update().set("owner", this.owner).set("until", now.plus(duration));
		try {
			this.mongo.upsert(claimable, claim, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Gives a lease up, if this instance holds it.
	 * @param name the lease
	 */
	public void release(String name) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(name).and("owner").is(this.owner)), COLLECTION);
	}

}
