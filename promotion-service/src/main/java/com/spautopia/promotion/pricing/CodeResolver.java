package com.spautopia.promotion.pricing;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.ActivePromotions.Snapshot;
import com.spautopia.promotion.definition.BookingContext;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.offer.Offer;
import org.jspecify.annotations.Nullable;

/**
 * Finds what a code the client entered stands for: a promotion's shared code, a code
 * issued to one client with an offer, or a single-use code of a batch; and whether it
 * applies to the booking.
 */
final class CodeResolver {

	private final Function<String, Optional<Offer>> uniqueCodes;

	private final Function<String, Optional<String>> bulkCodes;

	CodeResolver(Function<String, Optional<Offer>> uniqueCodes, Function<String, Optional<String>> bulkCodes) {
		this.uniqueCodes = uniqueCodes;
		this.bulkCodes = bulkCodes;
	}

	static String normalize(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * Resolves a code.
	 * @param code the code, normalized
	 * @param booking the booking
	 * @param promotions the promotions
	 * @return the candidate, or why the code is refused
	 */
	Resolution resolve(String code, BookingContext booking, Snapshot promotions) {
		Optional<Promotion> shared = promotions.byCode(code);
		if (shared.isPresent()) {
			return check(shared.get(), code, false, booking);
		}
		Optional<Offer> offer = this.uniqueCodes.apply(code);
		if (offer.isEmpty()) {
			// a single-use code of a batch: anyone who has it, once
			return this.bulkCodes.apply(code)
				.flatMap(promotions::byId)
				.map((promotion) -> check(promotion, code, true, booking))
				.orElseGet(() -> Resolution.refused(Reason.UNKNOWN));
		}
		Optional<Promotion> promotion = promotions.byId(offer.get().promotionId());
		if (promotion.isEmpty()) {
			return Resolution.refused(Reason.UNKNOWN);
		}
		if (booking.clientId() != null && !offer.get().client().clientId().equals(booking.clientId())) {
			return Resolution.refused(Reason.NOT_APPLICABLE);
		}
		if (!booking.bookedAt().isBefore(offer.get().validUntil())) {
			return Resolution.refused(Reason.EXPIRED);
		}
		return check(promotion.get(), code, true, booking);
	}

	private static Resolution check(Promotion promotion, String code, boolean unique, BookingContext booking) {
		return promotion.refusal(booking)
			.map(Resolution::refused)
			.orElseGet(() -> new Resolution(
					new Candidate(promotion, code, unique, promotion.discount().of(booking.listPrice())), null));
	}

	/**
	 * A resolved code: a candidate or a refusal.
	 *
	 * @param candidate the promotion it unlocks
	 * @param refusal why it does not apply
	 */
	record Resolution(@Nullable Candidate candidate, @Nullable Reason refusal) {

		static Resolution refused(Reason reason) {
			return new Resolution(null, reason);
		}

	}

}
