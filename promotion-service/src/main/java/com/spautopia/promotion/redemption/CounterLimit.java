package com.spautopia.promotion.redemption;

import java.util.ArrayList;
import java.util.List;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.Limits;
import org.jspecify.annotations.Nullable;

/**
 * One limit counter a claim takes, with its limit and what a refusal by it says.
 *
 * @param kind which of a claim's counters it is
 * @param key the counter
 * @param limit the most redemptions, or none
 * @param budgetMinor the most discount in minor units, or none
 * @param refusal why a claim is refused when the counter is full
 */
record CounterLimit(Kind kind, String key, @Nullable Integer limit, @Nullable Long budgetMinor, Reason refusal) {

	/**
	 * The counters a claim takes, in the order they are taken: its unique code, the
	 * client's count of the promotion, the client's first visit (one open first-visit
	 * booking per client who has not visited yet), the promotion's total and budget.
	 * @param claim the claim
	 * @return the counters, none for an unlimited promotion without a unique code
	 */
	static List<CounterLimit> of(Claim claim) {
		Limits limits = claim.promotion().limits();
		String promotionId = claim.promotion().id();
		List<CounterLimit> counters = new ArrayList<>(4);
		if (claim.uniqueCode() != null) {
			counters.add(new CounterLimit(Kind.CODE, RedemptionCounters.code(claim.uniqueCode()), 1, null,
					Reason.LIMIT_REACHED));
		}
		if (limits.perClient() != null && claim.clientId() != null) {
			counters.add(new CounterLimit(Kind.CLIENT, RedemptionCounters.client(promotionId, claim.clientId()),
					limits.perClient(), null, Reason.CLIENT_LIMIT_REACHED));
		}
		// a client who has not visited yet may book several times before the first visit:
		// only one of those bookings is the first visit
		if (claim.promotion().conditions().firstVisitOnly() && claim.clientId() != null) {
			counters.add(new CounterLimit(Kind.FIRST_VISIT, RedemptionCounters.firstVisit(claim.clientId()), 1, null,
					Reason.CLIENT_LIMIT_REACHED));
		}
		if (limits.limitsTotal()) {
			Long budget = (limits.budget() != null) ? Claim.minorUnits(limits.budget()) : null;
			counters.add(new CounterLimit(Kind.TOTAL, RedemptionCounters.total(promotionId), limits.totalRedemptions(),
					budget, Reason.LIMIT_REACHED));
		}
		return counters;
	}

	/**
	 * The counters a claim may take, in the order it takes them; a claim takes at most
	 * one of each kind.
	 */
	enum Kind {

		CODE, CLIENT, FIRST_VISIT, TOTAL

	}

}
