package com.spautopia.booking.appointment;

import java.util.List;
import java.util.Objects;

import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;

/**
 * What an evaluation of promotion-service does to a booking. The first evaluation of a
 * requested booking confirms it. One that arrives after the booking was confirmed at list
 * price (the pricing timed out) is recorded, and gives the client its price when that is
 * cheaper and the booking is still confirmed at the time it priced. An evaluation of a
 * move prices the booking at its new time, cheaper or not. Anything else (a redelivery,
 * an evaluation of a time the booking has since left, one for a closed booking) changes
 * nothing.
 */
final class Repricing {

	private Repricing() {
	}

	static Decision decide(Booking booking, PromotionEvaluated evaluation) {
		if (booking.status() == BookingStatus.REQUESTED) {
			return evaluation.afterMove() ? Decision.IGNORE : Decision.CONFIRM;
		}
		Pricing current = booking.pricing();
		if (current == null || !pricesCurrentTime(booking, evaluation)) {
			return Decision.IGNORE;
		}
		boolean open = booking.status() == BookingStatus.CONFIRMED;
		if (evaluation.afterMove()) {
			return (open && !samePrice(current, evaluation)) ? Decision.REPRICE_MOVED : Decision.IGNORE;
		}
		if (current.source() != Pricing.Source.EVALUATION_TIMED_OUT || booking.lateEvaluation() != null) {
			// the evaluation the booking was confirmed with, or a late one already kept
			return Decision.IGNORE;
		}
		boolean cheaper = evaluation.finalPrice().currency().equals(current.finalPrice().currency())
				&& evaluation.finalPrice().amount().compareTo(current.finalPrice().amount()) < 0;
		return (open && cheaper) ? Decision.REPRICE_LATE : Decision.RECORD_LATE;
	}

	private static boolean pricesCurrentTime(Booking booking, PromotionEvaluated evaluation) {
		return evaluation.appointmentStart() == null
				|| evaluation.appointmentStart().toInstant().equals(booking.time().start());
	}

	private static boolean samePrice(Pricing current, PromotionEvaluated evaluation) {
		return current.source() == Pricing.Source.EVALUATED && current.finalPrice().equals(evaluation.finalPrice())
				&& promotionIds(current.appliedPromotions()).equals(promotionIds(evaluation.appliedPromotions()))
				&& Objects.equals(current.codeRefusal(), refusal(evaluation));
	}

	static Pricing pricing(PromotionEvaluated evaluation) {
		return new Pricing(evaluation.listPrice(), evaluation.discount(), evaluation.finalPrice(),
				evaluation.appliedPromotions(), Pricing.Source.EVALUATED, refusal(evaluation));
	}

	private static String refusal(PromotionEvaluated evaluation) {
		return (evaluation.codeRefusal() != null) ? evaluation.codeRefusal().reason().name() : null;
	}

	private static List<String> promotionIds(List<AppliedPromotion> promotions) {
		return promotions.stream().map(AppliedPromotion::promotionId).sorted().toList();
	}

	/**
	 * What to do with an evaluation.
	 */
	enum Decision {

		/** Confirm the requested booking at the evaluated price. */
		CONFIRM,

		/** Keep the late evaluation and give the client its lower price. */
		REPRICE_LATE,

		/** Keep the late evaluation; the booking keeps its price. */
		RECORD_LATE,

		/** Price the moved booking as evaluated for its new time. */
		REPRICE_MOVED,

		/** Nothing to do. */
		IGNORE

	}

}
