package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.codes.BulkCodes;
import com.spautopia.promotion.definition.ActivePromotions;
import com.spautopia.promotion.definition.ActivePromotions.Snapshot;
import com.spautopia.promotion.definition.BookingContext;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.Offers;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Prices a booking: collects the applicable automatic promotions and the one the client's
 * code unlocks, picks the best for the client and claims them against their limits; a
 * promotion whose limit is reached is dropped and the choice made again. A valid code
 * that loses to a better exclusive promotion is neither applied nor refused. Without a
 * client (a quote), promotions that depend on who books (their history, or a code of
 * their own) are not applied but listed as ones that may apply at booking. Rewards the
 * client earned apply without their code.
 */
@Component
class PromotionEvaluator {

	private final Supplier<Snapshot> promotions;

	private final CodeResolver codes;

	private final BiFunction<String, Instant, List<Offer>> rewards;

	@Autowired
	PromotionEvaluator(ActivePromotions promotions, Offers offers, BulkCodes bulkCodes) {
		this(promotions::current, offers::findByUniqueCode, bulkCodes::promotionOf, offers::rewardsHeld);
	}

	PromotionEvaluator(Supplier<Snapshot> promotions, Function<String, Optional<Offer>> uniqueCodes) {
		this(promotions, uniqueCodes, (code) -> Optional.empty(), (client, at) -> List.of());
	}

	PromotionEvaluator(Supplier<Snapshot> promotions, Function<String, Optional<Offer>> uniqueCodes,
			Function<String, Optional<String>> bulkCodes, BiFunction<String, Instant, List<Offer>> rewards) {
		this.promotions = promotions;
		this.codes = new CodeResolver(uniqueCodes, bulkCodes);
		this.rewards = rewards;
	}

	Price evaluate(BookingContext booking, @Nullable String promoCode, LimitGate gate) {
		PriceChoice choice = choose(booking, promoCode,
				(booking.clientId() != null) ? this.rewards.apply(booking.clientId(), booking.bookedAt()) : List.of());
		Optional<Refused> refused = claim(choice.applied(), gate);
		while (refused.isPresent()) {
			choice.refuse(refused.get().candidate(), refused.get().reason());
			refused = claim(choice.applied(), gate);
		}
		gate.settle(choice.applied());
		return choice.price();
	}

	/**
	 * The best choice of promotions for a booking, before its limits are claimed.
	 * @param booking the booking
	 * @param promoCode the code the client typed, if any
	 * @param rewards the rewards the client holds at booking, the one ending first first
	 * ({@link Offers#rewardsHeld})
	 * @return the choice
	 */
	PriceChoice choose(BookingContext booking, @Nullable String promoCode, List<Offer> rewards) {
		Snapshot snapshot = this.promotions.get();
		List<Candidate> candidates = new ArrayList<>();
		CodeRefusal refusal = null;
		Candidate fromCode = null;
		if (promoCode != null && !promoCode.isBlank()) {
			CodeResolver.Resolution resolution = this.codes.resolve(CodeResolver.normalize(promoCode), booking,
					snapshot);
			if (resolution.refusal() != null) {
				refusal = new CodeRefusal(promoCode, resolution.refusal());
			}
			else if (resolution.candidate() != null) {
				fromCode = resolution.candidate();
				candidates.add(fromCode);
			}
		}
		addRewards(booking, snapshot, rewards, candidates);
		for (Promotion promotion : snapshot.automatic()) {
			if (promotion.refusal(booking).isEmpty()) {
				candidates.add(new Candidate(promotion, null, false, promotion.discount().of(booking.listPrice())));
			}
		}
		List<Candidate> mayApply = candidates.stream()
			.filter((candidate) -> decidedAtBooking(booking, candidate))
			.toList();
		candidates.removeAll(mayApply);
		return new PriceChoice(booking, promoCode, candidates, fromCode, refusal, mayApply);
	}

	// a reward the client earned applies without its code: one per promotion, the one
	// ending first, unless the client typed a code of the same promotion
	private void addRewards(BookingContext booking, Snapshot snapshot, List<Offer> rewards,
			List<Candidate> candidates) {
		if (booking.clientId() == null) {
			return;
		}
		for (Offer reward : rewards) {
			boolean taken = candidates.stream()
				.anyMatch((candidate) -> candidate.promotion().id().equals(reward.promotionId()));
			if (!taken && reward.code() != null) {
				Candidate candidate = this.codes.resolve(reward.code(), booking, snapshot).candidate();
				if (candidate != null) {
					candidates.add(candidate);
				}
			}
		}
	}

	// without a client (a quote), what depends on who books is only said to be possible
	private static boolean decidedAtBooking(BookingContext booking, Candidate candidate) {
		return booking.clientId() == null
				&& (candidate.uniqueCode() || candidate.promotion().conditions().dependsOnClient());
	}

	private static Optional<Refused> claim(List<Candidate> applied, LimitGate gate) {
		for (Candidate candidate : applied) {
			Optional<Reason> reason = gate.claim(candidate);
			if (reason.isPresent()) {
				return Optional.of(new Refused(candidate, reason.get()));
			}
		}
		return Optional.empty();
	}

	private record Refused(Candidate candidate, Reason reason) {
	}

}
