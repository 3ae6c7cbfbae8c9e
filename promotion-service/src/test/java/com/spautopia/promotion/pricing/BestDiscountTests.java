package com.spautopia.promotion.pricing;

import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.fixtures.PromotionMother;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BestDiscountTests {

	private static final Money LIST_PRICE = Money.of("200.00", "PLN");

	@Test
	void picksTheBestOfSeveralExclusivePromotions() {
		Candidate tenPercent = candidate(PromotionMother.automatic("ten").percent("10").build());
		Candidate thirtyOff = candidate(PromotionMother.automatic("thirty").fixed("30.00").build());
		Candidate twelvePercent = candidate(PromotionMother.automatic("twelve").percent("12").build());

		assertThat(ids(BestDiscount.choose(LIST_PRICE, List.of(tenPercent, thirtyOff, twelvePercent))))
			.containsExactly("thirty");
	}

	@Test
	void combinesStackablePromotionsWhenTogetherTheySaveMore() {
		Candidate exclusive = candidate(PromotionMother.automatic("exclusive").percent("20").build());
		Candidate stackA = candidate(PromotionMother.automatic("a").percent("15").stackable().build());
		Candidate stackB = candidate(PromotionMother.automatic("b").fixed("20.00").stackable().build());

		List<Candidate> chosen = BestDiscount.choose(LIST_PRICE, List.of(exclusive, stackA, stackB));

		assertThat(ids(chosen)).containsExactlyInAnyOrder("a", "b");
		assertThat(Price.of(LIST_PRICE, chosen, null).finalPrice()).isEqualTo(Money.of("150.00", "PLN"));
	}

	@Test
	void prefersTheExclusivePromotionWhenItSavesAsMuchAsTheStack() {
		Candidate exclusive = candidate(PromotionMother.automatic("exclusive").percent("25").build());
		Candidate stackA = candidate(PromotionMother.automatic("a").percent("15").stackable().build());
		Candidate stackB = candidate(PromotionMother.automatic("b").fixed("20.00").stackable().build());

		assertThat(ids(BestDiscount.choose(LIST_PRICE, List.of(exclusive, stackA, stackB))))
			.containsExactly("exclusive");
	}

	@Test
	void neverStacksBelowZero() {
		Candidate stackA = candidate(PromotionMother.automatic("a").percent("80").stackable().build());
		Candidate stackB = candidate(PromotionMother.automatic("b").fixed("100.00").stackable().build());

		Price price = Price.of(LIST_PRICE, BestDiscount.choose(LIST_PRICE, List.of(stackA, stackB)), null);

		assertThat(price.finalPrice()).isEqualTo(Money.zero("PLN"));
		assertThat(price.discount()).isEqualTo(LIST_PRICE);
	}

	@Test
	void appliesNothingWithoutCandidates() {
		assertThat(BestDiscount.choose(LIST_PRICE, List.of())).isEmpty();
	}

	private static Candidate candidate(Promotion promotion) {
		return new Candidate(promotion, null, false, promotion.discount().of(LIST_PRICE));
	}

	private static List<String> ids(List<Candidate> candidates) {
		return candidates.stream().map((candidate) -> candidate.promotion().id()).toList();
	}

}
