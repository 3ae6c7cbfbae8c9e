package com.spautopia.promotion.redemption;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counters of reserved redemptions, one document each: {@code total:<promotion>} (count
 * and discount given), {@code client:<promotion>:<client>}, {@code code:<code>} and
 * {@code first-visit:<client>} (one open first-visit booking per client). A counter is
 * taken with one atomic {@code findAndModify} that increments it (creating it if needed)
 * and returns the new value; a taker whose value went past the limit gives its increment
 * back and is refused. Each document serializes its increments, so of N concurrent takers
 * exactly those whose increment lands within the limit are granted: the number of granted
 * redemptions never exceeds the limit. (The query names only the document id, so it is an
 * index lookup on any MongoDB-compatible server.)
 */
@Component
class RedemptionCounters {

	static final String COLLECTION = "redemption_counters";

	static final String TAKEN = "taken";

	static final String SPENT = "spentMinor";

	static final String TAKEN_AT = "takenAt";

	/** When {@link CounterReconciliation} checks the counter; set by takes. */
	static final String CHECK_AFTER = "checkAfter";

	private final MongoOperations mongo;

	private final RedemptionProperties properties;

	private final Clock clock;

	RedemptionCounters(MongoOperations mongo, RedemptionProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	static String total(String promotionId) {
		return "total:" + promotionId;
	}

	static String client(String promotionId, String clientId) {
		return "client:" + promotionId + ":" + clientId;
	}

	/**
	 * The counter that lets a client who has not visited yet have one open booking with a
	 * first-visit discount, whichever first-visit promotion gave it.
	 * @param clientId the client
	 * @return the counter's key
	 */
	static String firstVisit(String clientId) {
		return "first-visit:" + clientId;
	}

	static String code(String code) {
		return "code:" + code;
	}

	/**
	 * Takes one redemption (and an amount of budget) if the limits allow it.
	 * @param key the counter
	 * @param limit the most redemptions, or none
	 * @param budgetMinor the most discount in minor units, or none
	 * @param discountMinor the discount to take from the budget
	 * @return whether it was taken
	 */
	boolean tryTake(String key, @Nullable Integer limit, @Nullable Long budgetMinor, long discountMinor) {
		if (budgetMinor != null && discountMinor > budgetMinor) {
			return false;
		}
		Document after = take(key, 1, discountMinor);
		boolean granted = (limit == null || taken(after) <= limit)
				&& (budgetMinor == null || spent(after) <= budgetMinor);
		if (!granted) {
			giveBack(key, discountMinor);
		}
		return granted;
	}

	/**
	 * Takes several redemptions (and their discounts) of a counter in one atomic
	 * increment.
	 * @param key the counter
	 * @param count how many
	 * @param discountMinor their discounts together, in minor units
	 * @return the counter after the increment: what was taken before it is its value
	 * minus {@code count} (and {@code discountMinor})
	 */
	Document take(String key, int count, long discountMinor) {
		Instant now = this.clock.instant();
		Update take = new Update().inc(TAKEN, count)
			.inc(SPENT, discountMinor)
			.set(TAKEN_AT, now)
			.min(CHECK_AFTER, now.plus(this.properties.settleTime()));
		Document after = this.mongo.findAndModify(byId(key), take,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		if (after == null) {
			throw new IllegalStateException("Counter " + key + " was not returned by its upsert");
		}
		return after;
	}

	void giveBack(String key, long discountMinor) {
		this.mongo.updateFirst(byId(key), new Update().inc(TAKEN, -1).inc(SPENT, -discountMinor), COLLECTION);
	}

	/**
	 * Gives back what several takes took, one decrement per counter, in one bulk write.
	 * @param returns what to give back, by counter
	 */
	void giveBackAll(Map<String, Taken> returns) {
		if (returns.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		returns.forEach((key, taken) -> bulk.updateOne(byId(key),
				new Update().inc(TAKEN, -taken.count()).inc(SPENT, -taken.discountMinor())));
		bulk.execute();
	}

	static int taken(Document counter) {
		return counter.get(TAKEN, Number.class).intValue();
	}

	static long spent(Document counter) {
		return counter.get(SPENT, Number.class).longValue();
	}

	int taken(String key) {
		Document counter = read(key);
		return (counter != null) ? taken(counter) : 0;
	}

	long spentMinor(String key) {
		Document counter = read(key);
		return (counter != null) ? spent(counter) : 0;
	}

	private @Nullable Document read(String key) {
		return this.mongo.findById(key, Document.class, COLLECTION);
	}

	private static Query byId(String key) {
		return Query.query(Criteria.where("_id").is(key));
	}

	/**
	 * Redemptions and discount taken from a counter.
	 *
	 * @param count how many redemptions
	 * @param discountMinor their discounts together, in minor units
	 */
	record Taken(int count, long discountMinor) {

		Taken plus(long discount) {
			return new Taken(this.count + 1, this.discountMinor + discount);
		}

	}

}
