package com.spautopia.promotion.redemption;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.mongodb.bulk.BulkWriteError;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.redemption.RedemptionCounters.Taken;
import org.bson.Document;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reserves the redemptions of a batch of bookings with one atomic increment per counter
 * instead of one per claim: each counter is incremented by the number of the batch's
 * claims on it (and their discounts), and of the positions that increment took, those
 * within the limit (and the budget) are granted, in the batch's order; the rest is given
 * back. Counters are taken kind by kind in the order of a single reservation (unique
 * code, client, first visit, total), so a claim refused by one takes none after it and a
 * grant of the last kind is never given back: whichever batch increments a total first
 * gets every place left. A counter is never below the redemptions that hold it, so the
 * redemptions granted never exceed a limit, whatever other batches or instances take at
 * the same time (the same argument as for {@link RedemptionCounters#tryTake one take}). A
 * claim is granted when every counter it needs granted it; the counters of a claim
 * refused by another are given back, one decrement per counter. The granted redemptions
 * are inserted in one bulk write. A claim whose booking holds the redemption already (a
 * redelivery, a move) keeps it without taking the counters again, as in
 * {@link Redemptions#reserve}.
 */
@Service
public class BatchReservations {

	private static final int DUPLICATE_KEY = 11000;

	private final MongoOperations mongo;

	private final RedemptionCounters counters;

	private final Redemptions redemptions;

	private final Clock clock;

	BatchReservations(MongoOperations mongo, RedemptionCounters counters, Redemptions redemptions, Clock clock) {
		this.mongo = mongo;
		this.counters = counters;
		this.redemptions = redemptions;
		this.clock = clock;
	}

	/**
	 * Reserves redemptions for bookings, as {@link Redemptions#reserve} does for each.
	 * @param claims the claims, each with its booking; at most one per booking and
	 * promotion
	 * @return for each claim, in order, why it cannot be redeemed, or empty when it is
	 * reserved (now or before)
	 */
	public List<Optional<Reason>> reserveAll(List<Claim> claims) {
		List<List<CounterLimit>> limits = claims.stream().map(CounterLimit::of).toList();
		Set<Integer> held = held(claims, IntStream.range(0, claims.size()).boxed().toList());
		List<Optional<Reason>> results = new ArrayList<>(Collections.nCopies(claims.size(), Optional.empty()));
		List<Integer> taking = IntStream.range(0, claims.size())
			.filter((index) -> !held.contains(index))
			.boxed()
			.toList();
		List<Set<String>> granted = new ArrayList<>(claims.size());
		claims.forEach((claim) -> granted.add(new HashSet<>()));
		// kind by kind, as a single reservation takes them: a claim a counter refuses
		// takes none of the kinds after it, and the last kind's grants are final
		for (CounterLimit.Kind kind : CounterLimit.Kind.values()) {
			Map<String, List<Integer>> takers = new LinkedHashMap<>();
			Map<String, CounterLimit> counters = new HashMap<>();
			for (int index : taking) {
				limits.get(index).stream().filter((limit) -> limit.kind() == kind).findFirst().ifPresent((limit) -> {
					takers.computeIfAbsent(limit.key(), (key) -> new ArrayList<>()).add(index);
					counters.putIfAbsent(limit.key(), limit);
				});
			}
			Map<String, Taken> returns = new HashMap<>();
			takers.forEach((key, indexes) -> take(counters.get(key), indexes, claims, granted, returns));
			List<Integer> next = new ArrayList<>(taking.size());
			for (int index : taking) {
				Optional<CounterLimit> refusedBy = limits.get(index)
					.stream()
					.filter((limit) -> limit.kind() == kind && !granted.get(index).contains(limit.key()))
					.findFirst();
				if (refusedBy.isPresent()) {
					results.set(index, Optional.of(refusedBy.get().refusal()));
					giveBack(claims.get(index), granted.get(index), returns);
				}
				else {
					next.add(index);
				}
			}
			this.counters.giveBackAll(returns);
			taking = next;
		}
		store(claims, limits, taking);
		keepWhatIsHeld(claims, results);
		return results;
	}

	/**
	 * Takes a counter for its claims of the batch with one increment, grants the
	 * positions within the limit and the budget, and notes the rest to give back.
	 */
	private void take(CounterLimit limit, List<Integer> indexes, List<Claim> claims, List<Set<String>> granted,
			Map<String, Taken> returns) {
		// a discount bigger than the whole budget never takes the counter
		List<Integer> eligible = indexes.stream()
			.filter((index) -> limit.budgetMinor() == null || claims.get(index).discountMinor() <= limit.budgetMinor())
			.toList();
		if (eligible.isEmpty()) {
			return;
		}
		long discounts = eligible.stream().mapToLong((index) -> claims.get(index).discountMinor()).sum();
		Document after = this.counters.take(limit.key(), eligible.size(), discounts);
		long takenBefore = RedemptionCounters.taken(after) - eligible.size();
		long spentBefore = RedemptionCounters.spent(after) - discounts;
		Taken kept = new Taken(0, 0);
		for (int index : eligible) {
			long discount = claims.get(index).discountMinor();
			boolean withinLimit = limit.limit() == null || takenBefore + kept.count() + 1 <= limit.limit();
			boolean withinBudget = limit.budgetMinor() == null
					|| spentBefore + kept.discountMinor() + discount <= limit.budgetMinor();
			if (withinLimit && withinBudget) {
				granted.get(index).add(limit.key());
				kept = kept.plus(discount);
			}
		}
		if (kept.count() < eligible.size()) {
			returns.merge(limit.key(), new Taken(eligible.size() - kept.count(), discounts - kept.discountMinor()),
					BatchReservations::sum);
		}
	}

	private static void giveBack(Claim claim, Set<String> taken, Map<String, Taken> returns) {
		taken.forEach((key) -> returns.merge(key, new Taken(1, claim.discountMinor()), BatchReservations::sum));
	}

	private static Taken sum(Taken one, Taken other) {
		return new Taken(one.count() + other.count(), one.discountMinor() + other.discountMinor());
	}

	/**
	 * Inserts the granted redemptions in one bulk write; one whose booking holds it
	 * already keeps it and gives back what was just taken, one released before is
	 * reserved again.
	 */
	private void store(List<Claim> claims, List<List<CounterLimit>> limits, List<Integer> reserved) {
		if (reserved.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<Redemption> documents = reserved.stream().map((index) -> {
			Claim claim = claims.get(index);
			String bookingId = Redemptions.requireBooking(claim);
			List<String> taken = limits.get(index).stream().map(CounterLimit::key).toList();
			return new Redemption(Redemption.id(bookingId, claim.promotion().id()), bookingId, claim.promotion().id(),
					claim.clientId(), claim.uniqueCode(), claim.discount(), taken, Redemption.State.RESERVED, now, now,
					this.redemptions.expiresAt(claim), null);
		}).toList();
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Redemption.class).insert(documents).execute();
		}
		catch (BulkOperationException ex) {
			Map<String, Taken> returns = new HashMap<>();
			for (BulkWriteError error : ex.getErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					throw ex;
				}
				Redemption duplicate = documents.get(error.getIndex());
				Claim claim = claims.get(reserved.get(error.getIndex()));
				if (!this.redemptions.reserveAgain(duplicate.id(), claim, duplicate.counters(), now)) {
					giveBack(claim, Set.copyOf(duplicate.counters()), returns);
				}
			}
			this.counters.giveBackAll(returns);
		}
	}

	/**
	 * A refused claim of a booking that holds the redemption already (a move priced
	 * again, a redelivery racing the first delivery) keeps it.
	 */
	private void keepWhatIsHeld(List<Claim> claims, List<Optional<Reason>> results) {
		List<Integer> refused = IntStream.range(0, claims.size())
			.filter((index) -> results.get(index).isPresent())
			.boxed()
			.toList();
		held(claims, refused).forEach((index) -> results.set(index, Optional.empty()));
	}

	/**
	 * Which of some claims their bookings hold already (reserved or final), in one query.
	 * @return the indexes of those held
	 */
	private Set<Integer> held(List<Claim> claims, List<Integer> indexes) {
		if (indexes.isEmpty()) {
			return Set.of();
		}
		Map<String, Integer> byId = new HashMap<>();
		for (int index : indexes) {
			Claim claim = claims.get(index);
			byId.put(Redemption.id(Redemptions.requireBooking(claim), claim.promotion().id()), index);
		}
		// by id alone, an index lookup on any MongoDB-compatible server; the state is
		// checked here
		Query byIds = Query.query(Criteria.where("_id").in(byId.keySet()));
		byIds.fields().include("_id").include("state");
		Set<Integer> held = new HashSet<>();
		for (Document redemption : this.mongo.find(byIds, Document.class, "redemptions")) {
			if (Redemptions.holds(Redemption.State.valueOf(redemption.getString("state")))) {
				held.add(byId.get(redemption.getString("_id")));
			}
		}
		return held;
	}

}
