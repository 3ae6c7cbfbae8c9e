package com.spautopia.promotion.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.spautopia.events.Money;

/**
 * Picks the promotions that give the client the lowest price: the best exclusive
 * promotion alone, or every stackable promotion together, whichever saves more (the
 * exclusive one on a tie). Stacked discounts are each computed on the list price and
 * together never exceed it.
 */
final class BestDiscount {

	private static final Comparator<Candidate> BEST_FIRST = Comparator
		.comparing((Candidate candidate) -> candidate.discount().amount())
		.reversed()
		.thenComparing((candidate) -> candidate.promotion().id());

	private BestDiscount() {
	}

	static List<Candidate> choose(Money listPrice, List<Candidate> candidates) {
		List<Candidate> useful = candidates.stream().filter((candidate) -> !candidate.discount().isZero()).toList();
		Optional<Candidate> bestExclusive = useful.stream().filter(Candidate::exclusive).sorted(BEST_FIRST).findFirst();
		List<Candidate> stacked = stack(listPrice,
				useful.stream().filter((candidate) -> !candidate.exclusive()).sorted(BEST_FIRST).toList());
		BigDecimal exclusiveSaving = bestExclusive.map((candidate) -> candidate.discount().amount())
			.orElse(BigDecimal.ZERO);
		BigDecimal stackedSaving = stacked.stream()
			.map((candidate) -> candidate.discount().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (bestExclusive.isPresent() && exclusiveSaving.compareTo(stackedSaving) >= 0) {
			return List.of(bestExclusive.get());
		}
		return stacked;
	}

	private static List<Candidate> stack(Money listPrice, List<Candidate> stackable) {
		List<Candidate> stacked = new ArrayList<>();
		Money remaining = listPrice;
		for (Candidate candidate : stackable) {
			if (remaining.isZero()) {
				break;
			}
			Money discount = (candidate.discount().amount().compareTo(remaining.amount()) > 0) ? remaining
					: candidate.discount();
			stacked.add(candidate.withDiscount(discount));
			remaining = remaining.minus(discount);
		}
		return stacked;
	}

}
