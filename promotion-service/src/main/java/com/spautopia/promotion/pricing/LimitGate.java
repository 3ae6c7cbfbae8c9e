package com.spautopia.promotion.pricing;

import java.util.List;
import java.util.Optional;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;

/**
 * Where pricing meets redemption limits: a booking reserves, a quote only looks.
 */
interface LimitGate {

	/**
	 * Claims a promotion for the booking.
	 * @param candidate the promotion and its discount
	 * @return why its limits refuse it, or empty when it may be used
	 */
	Optional<Reason> claim(Candidate candidate);

	/**
	 * Called with the promotions finally applied, to give back any other claim.
	 * @param applied the applied promotions
	 */
	default void settle(List<Candidate> applied) {
	}

}
