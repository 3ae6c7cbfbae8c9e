package com.spautopia.promotion.redemption;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.Limits;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reserves redemptions and tells whether one could be reserved. A reservation takes the
 * unique-code, per-client and total counters in turn, giving back what it took when a
 * later one is full; the redemption document keyed by booking and promotion then makes it
 * idempotent. Each step is a single-document atomic write: no multi-document transactions
 * are needed. A crash between taking a counter and storing the redemption can only leave
 * a counter too high, never let a limit be exceeded.
 */
@Service
public class Redemptions {

	private final MongoOperations mongo;

	private final RedemptionCounters counters;

	private final RedemptionProperties properties;

	private final Clock clock;

	Redemptions(MongoOperations mongo, RedemptionCounters counters, RedemptionProperties properties, Clock clock) {
		this.mongo = mongo;
		this.counters = counters;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Reserves a redemption for a booking, once: a booking that holds it already keeps it
	 * (a second reservation finds the first by its key and gives back what it took, also
	 * when the limit is full by the booking's own reservation), and one whose reservation
	 * was released (a move to a time that did not earn it, say) takes it again if the
	 * limits still allow.
	 * @param claim the booking's claim; its booking id is required
	 * @return why it cannot be redeemed, or empty when it is reserved (now or before)
	 */
	public Optional<Reason> reserve(Claim claim) {
		String bookingId = requireBooking(claim);
		String id = Redemption.id(bookingId, claim.promotion().id());
		Deque<String> taken = new ArrayDeque<>();
		Optional<Reason> refusal = takeCounters(claim, taken);
		if (refusal.isPresent()) {
			taken.forEach((key) -> this.counters.giveBack(key, claim.discountMinor()));
			// the booking may hold it already (a move priced again, a redelivery racing
			// the first delivery)
			return holds(stateOf(id)) ? Optional.empty() : refusal;
		}
		Instant now = this.clock.instant();
		try {
			this.mongo.insert(new Redemption(id, bookingId, claim.promotion().id(), claim.clientId(),
					claim.uniqueCode(), claim.discount(), List.copyOf(taken), Redemption.State.RESERVED, now, now,
					expiresAt(claim), null));
		}
		catch (DuplicateKeyException ex) {
			if (!reserveAgain(id, claim, taken, now)) {
				taken.forEach((key) -> this.counters.giveBack(key, claim.discountMinor()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Makes a released reservation of the booking a reservation again, with the counters
	 * just taken.
	 * @return whether it did; when not, the booking holds it already
	 */
	boolean reserveAgain(String id, Claim claim, Collection<String> taken, Instant now) {
		Query released = Query.query(Criteria.where("_id").is(id).and("state").is(Redemption.State.RELEASED));
		Update again = new Update().set("state", Redemption.State.RESERVED)
			.set("discount", claim.discount())
			.set("counters", List.copyOf(taken))
			.set("updatedAt", now)
			.set("expiresAt", expiresAt(claim));
		return this.mongo.updateFirst(released, again, Redemption.class).getModifiedCount() == 1;
	}

	static boolean holds(Redemption.@Nullable State state) {
		return state == Redemption.State.RESERVED || state == Redemption.State.FINAL;
	}

	/**
	 * Tells whether a claim could be redeemed now, reserving nothing.
	 * @param claim the claim
	 * @return why it could not, or empty
	 */
	public Optional<Reason> check(Claim claim) {
		Limits limits = claim.promotion().limits();
		String promotionId = claim.promotion().id();
		if (claim.uniqueCode() != null && this.counters.taken(RedemptionCounters.code(claim.uniqueCode())) >= 1) {
			return Optional.of(Reason.LIMIT_REACHED);
		}
		if (limits.perClient() != null && claim.clientId() != null && this.counters
			.taken(RedemptionCounters.client(promotionId, claim.clientId())) >= limits.perClient()) {
			return Optional.of(Reason.CLIENT_LIMIT_REACHED);
		}
		if (isFirstVisitOffer(claim) && this.counters.taken(RedemptionCounters.firstVisit(requireClient(claim))) >= 1) {
			return Optional.of(Reason.CLIENT_LIMIT_REACHED);
		}
		String total = RedemptionCounters.total(promotionId);
		boolean totalReached = limits.totalRedemptions() != null
				&& this.counters.taken(total) >= limits.totalRedemptions();
		boolean budgetReached = limits.budget() != null
				&& this.counters.spentMinor(total) + claim.discountMinor() > Claim.minorUnits(limits.budget());
		return (totalReached || budgetReached) ? Optional.of(Reason.LIMIT_REACHED) : Optional.empty();
	}

	long count(String promotionId, Redemption.State state) {
		return this.mongo.count(Query.query(Criteria.where("promotionId").is(promotionId).and("state").is(state)),
				Redemption.class);
	}

	Redemption.@Nullable State stateOf(String id) {
		Document held = this.mongo.findById(id, Document.class, "redemptions");
		return (held != null) ? Redemption.State.valueOf(held.getString("state")) : null;
	}

	private Optional<Reason> takeCounters(Claim claim, Deque<String> taken) {
		for (CounterLimit counter : CounterLimit.of(claim)) {
			if (!take(counter.key(), counter.limit(), counter.budgetMinor(), claim.discountMinor(), taken)) {
				return Optional.of(counter.refusal());
			}
		}
		return Optional.empty();
	}

	private boolean take(String key, @Nullable Integer limit, @Nullable Long budget, long discount,
			Deque<String> taken) {
		if (this.counters.tryTake(key, limit, budget, discount)) {
			taken.push(key);
			return true;
		}
		return false;
	}

	@Nullable Instant expiresAt(Claim claim) {
		return (claim.appointmentEnd() != null) ? claim.appointmentEnd().plus(this.properties.grace()) : null;
	}

	private static boolean isFirstVisitOffer(Claim claim) {
		return claim.promotion().conditions().firstVisitOnly() && claim.clientId() != null;
	}

	private static String requireClient(Claim claim) {
		if (claim.clientId() == null) {
			throw new IllegalArgumentException("A first-visit claim needs a client");
		}
		return claim.clientId();
	}

	static String requireBooking(Claim claim) {
		if (claim.bookingId() == null) {
			throw new IllegalArgumentException("A reservation needs a booking");
		}
		return claim.bookingId();
	}

}
