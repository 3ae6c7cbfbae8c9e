package com.spautopia.promotion.redemption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races batches of reservations (one increment per counter and batch) against each other
 * and against single reservations, directly against MongoDB: the limits hold exactly.
 */
@PromotionServiceTest
class BatchReservationsIntegrationTests {

	private static final Money DISCOUNT = Money.of("26.00", "PLN");

	@Autowired
	private BatchReservations batches;

	@Autowired
	private Redemptions redemptions;

	@Autowired
	private RedemptionCounters counters;

	@Test
	void reservesExactlyTheLimitWhenBatchesAndSingleBookingsRace() throws Exception {
		Promotion promotion = PromotionMother.code(newId(), "BATCH").limits(10, null, null).build();
		List<Callable<List<Optional<Reason>>>> tasks = new ArrayList<>();
		for (int batch = 0; batch < 8; batch++) {
			List<Claim> claims = IntStream.range(0, 10).mapToObj((i) -> claim(promotion, "client-" + i)).toList();
			tasks.add(() -> this.batches.reserveAll(claims));
		}
		for (int single = 0; single < 20; single++) {
			Claim claim = claim(promotion, "client-single-" + single);
			tasks.add(() -> List.of(this.redemptions.reserve(claim)));
		}

		List<Optional<Reason>> outcomes = race(tasks);

		assertThat(outcomes).hasSize(100);
		assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(10);
		assertThat(outcomes.stream().flatMap(Optional::stream)).hasSize(90).containsOnly(Reason.LIMIT_REACHED);
		assertThat(this.redemptions.count(promotion.id(), Redemption.State.RESERVED)).isEqualTo(10);
		assertThat(this.counters.taken(RedemptionCounters.total(promotion.id()))).isEqualTo(10);
	}

	@Test
	void spendsExactlyTheBudgetAndHoldsThePerClientLimitWhenBatchesRace() throws Exception {
		// 20 clients x 2 would allow 40 redemptions; the budget allows 10 x 26.00
		Promotion promotion = PromotionMother.code(newId(), "BATCH2").limits(null, 2, "260.00").build();
		List<Callable<List<Optional<Reason>>>> tasks = new ArrayList<>();
		for (int batch = 0; batch < 4; batch++) {
			List<Claim> claims = IntStream.range(0, 20).mapToObj((i) -> claim(promotion, "client-" + i)).toList();
			tasks.add(() -> this.batches.reserveAll(claims));
		}

		List<Optional<Reason>> outcomes = race(tasks);

		assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(10);
		assertThat(outcomes.stream().flatMap(Optional::stream)).hasSize(70)
			.containsOnly(Reason.LIMIT_REACHED, Reason.CLIENT_LIMIT_REACHED);
		String total = RedemptionCounters.total(promotion.id());
		assertThat(this.counters.taken(total)).isEqualTo(10);
		assertThat(this.counters.spentMinor(total)).isEqualTo(26_000);
		assertThat(this.redemptions.count(promotion.id(), Redemption.State.RESERVED)).isEqualTo(10);
		for (int i = 0; i < 20; i++) {
			assertThat(this.counters.taken(RedemptionCounters.client(promotion.id(), "client-" + i)))
				.isLessThanOrEqualTo(2);
		}
	}

	@Test
	void givesBackTheCountersOfAClaimAnotherCounterRefuses() {
		Promotion promotion = PromotionMother.code(newId(), "BATCH3").limits(5, 1, null).build();
		List<Claim> claims = List.of(claim(promotion, "client-a"), claim(promotion, "client-a"),
				claim(promotion, "client-b"));

		List<Optional<Reason>> outcomes = this.batches.reserveAll(claims);

		assertThat(outcomes).containsExactly(Optional.empty(), Optional.of(Reason.CLIENT_LIMIT_REACHED),
				Optional.empty());
		assertThat(this.counters.taken(RedemptionCounters.total(promotion.id()))).isEqualTo(2);
		assertThat(this.counters.taken(RedemptionCounters.client(promotion.id(), "client-a"))).isOne();
	}

	@Test
	void countsABookingThatHoldsTheRedemptionOnce() {
		Promotion promotion = PromotionMother.code(newId(), "BATCH4").limits(2, null, null).build();
		Claim held = claim(promotion, "client-1");
		assertThat(this.redemptions.reserve(held)).isEmpty();

		List<Optional<Reason>> outcomes = this.batches
			.reserveAll(List.of(held, claim(promotion, "client-2"), claim(promotion, "client-3")));

		assertThat(outcomes).containsExactly(Optional.empty(), Optional.empty(), Optional.of(Reason.LIMIT_REACHED));
		assertThat(this.redemptions.count(promotion.id(), Redemption.State.RESERVED)).isEqualTo(2);
		assertThat(this.counters.taken(RedemptionCounters.total(promotion.id()))).isEqualTo(2);
	}

	private static Claim claim(Promotion promotion, String clientId) {
		return new Claim("bkg-" + UUID.randomUUID(), promotion, clientId, null, DISCOUNT);
	}

	private static List<Optional<Reason>> race(List<Callable<List<Optional<Reason>>>> tasks) throws Exception {
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Optional<Reason>> outcomes = new ArrayList<>();
			for (Future<List<Optional<Reason>>> future : executor.invokeAll(tasks)) {
				outcomes.addAll(future.get());
			}
			return outcomes;
		}
	}

	private static String newId() {
		return "promo-" + UUID.randomUUID();
	}

}
