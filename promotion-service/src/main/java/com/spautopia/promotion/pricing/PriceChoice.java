package com.spautopia.promotion.pricing;

import java.util.ArrayList;
import java.util.List;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.BookingContext;
import org.jspecify.annotations.Nullable;

/**
 * A booking's choice of promotions while their limits are claimed: the best for the
 * client among the candidates left; a promotion whose limit refuses it is dropped and the
 * choice made again (a code the client typed that is refused so says why).
 */
final class PriceChoice {

	private final BookingContext booking;

	private final @Nullable String promoCode;

	private final List<Candidate> candidates;

	private final @Nullable Candidate fromCode;

	private final List<Candidate> mayApply;

	private @Nullable CodeRefusal refusal;

	private List<Candidate> applied;

	PriceChoice(BookingContext booking, @Nullable String promoCode, List<Candidate> candidates,
			@Nullable Candidate fromCode, @Nullable CodeRefusal refusal, List<Candidate> mayApply) {
		this.booking = booking;
		this.promoCode = promoCode;
		this.candidates = new ArrayList<>(candidates);
		this.fromCode = fromCode;
		this.refusal = refusal;
		this.mayApply = List.copyOf(mayApply);
		this.applied = BestDiscount.choose(booking.listPrice(), this.candidates);
	}

	/**
	 * The promotions chosen now, the best first.
	 * @return the promotions to claim
	 */
	List<Candidate> applied() {
		return this.applied;
	}

	/**
	 * Drops a promotion its limits refuse, and chooses again.
	 * @param refused the refused candidate
	 * @param reason why
	 */
	void refuse(Candidate refused, Reason reason) {
		String refusedId = refused.promotion().id();
		this.candidates.removeIf((candidate) -> candidate.promotion().id().equals(refusedId));
		if (this.fromCode != null && this.fromCode.promotion().id().equals(refusedId) && this.promoCode != null) {
			this.refusal = new CodeRefusal(this.promoCode, reason);
		}
		this.applied = BestDiscount.choose(this.booking.listPrice(), this.candidates);
	}

	Price price() {
		return Price.of(this.booking.listPrice(), this.applied, this.refusal, this.mayApply);
	}

}
