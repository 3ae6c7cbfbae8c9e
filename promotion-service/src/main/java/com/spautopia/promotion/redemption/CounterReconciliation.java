package com.spautopia.promotion.redemption;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sets counters right that a crash left too high (taken by a reservation whose instance
 * died before storing it). Every take marks its counter for a check once it has been left
 * alone for the settle time; the check counts the stored reservations and final
 * redemptions holding the counter and writes that, conditional on the counter being
 * unchanged since it was read, so a reservation in flight is never undone.
 */
@Component
class CounterReconciliation implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(CounterReconciliation.class);

	private final MongoOperations mongo;

	private final RedemptionProperties properties;

	private final Clock clock;

	CounterReconciliation(MongoOperations mongo, RedemptionProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(RedemptionCounters.COLLECTION)
			.createIndex(new Index().on(RedemptionCounters.CHECK_AFTER, Sort.Direction.ASC));
	}

	@Scheduled(initialDelayString = "${spa.redemptions.expiry-interval}",
			fixedDelayString = "${spa.redemptions.expiry-interval}")
	void reconcile() {
		reconcile(this.clock.instant());
	}

	/**
	 * Checks the counters due for a check at a time.
	 * @param now the time
	 * @return how many counters were corrected
	 */
	int reconcile(Instant now) {
		Query due = Query.query(Criteria.where(RedemptionCounters.CHECK_AFTER).lte(now))
			.limit(this.properties.batchSize());
		int corrected = 0;
		for (Document counter : this.mongo.find(due, Document.class, RedemptionCounters.COLLECTION)) {
			corrected += check(counter, now) ? 1 : 0;
		}
		return corrected;
	}

	private boolean check(Document counter, Instant now) {
		String key = counter.getString("_id");
		Instant takenAt = counter.getDate(RedemptionCounters.TAKEN_AT).toInstant();
		Query unchanged = Query.query(Criteria.where("_id")
			.is(key)
			.and(RedemptionCounters.TAKEN)
			.is(counter.get(RedemptionCounters.TAKEN))
			.and(RedemptionCounters.SPENT)
			.is(counter.get(RedemptionCounters.SPENT))
			.and(RedemptionCounters.TAKEN_AT)
			.is(takenAt));
		Instant settled = takenAt.plus(this.properties.settleTime());
		if (settled.isAfter(now)) {
			this.mongo.updateFirst(unchanged, new Update().set(RedemptionCounters.CHECK_AFTER, settled),
					RedemptionCounters.COLLECTION);
			return false;
		}
		List<Redemption> holding = this.mongo.find(Query.query(
				Criteria.where("counters").is(key).and("state").in(Redemption.State.RESERVED, Redemption.State.FINAL)),
				Redemption.class);
		long spent = holding.stream().mapToLong((redemption) -> Claim.minorUnits(redemption.discount())).sum();
		Update actual = new Update().set(RedemptionCounters.TAKEN, holding.size())
			.set(RedemptionCounters.SPENT, spent)
			.unset(RedemptionCounters.CHECK_AFTER);
		boolean changed = ((Number) counter.get(RedemptionCounters.TAKEN)).intValue() != holding.size()
				|| ((Number) counter.get(RedemptionCounters.SPENT)).longValue() != spent;
		if (this.mongo.updateFirst(unchanged, actual, RedemptionCounters.COLLECTION).getModifiedCount() == 1
				&& changed) {
			logger.warn("Counter {} was {}, set right to {} from the stored redemptions", key,
					counter.get(RedemptionCounters.TAKEN), holding.size());
			return true;
		}
		return false;
	}

}
