package com.spautopia.promotion.redemption;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Races reservations directly against MongoDB, with far more concurrency than the Kafka
 * consumers give.
 */
@PromotionServiceTest
class RedemptionConcurrencyIntegrationTests {

	private static final Money DISCOUNT = Money.of("26.00", "PLN");

	@Autowired
	private Redemptions redemptions;

	@Autowired
	private RedemptionCounters counters;

	@Test
	void reservesExactlyTheLimitWhenOneHundredBookingsRace() throws Exception {
		Promotion promotion = PromotionMother.code(newId(), "RACE").limits(10, null, null).build();
		List<Callable<Optional<Reason>>> bookings = IntStream.range(0, 100)
			.<Callable<Optional<Reason>>>mapToObj((i) -> () -> this.redemptions
				.reserve(new Claim("bkg-" + UUID.randomUUID(), promotion, "client-" + i, null, DISCOUNT)))
			.toList();

		List<Optional<Reason>> outcomes = race(bookings);

		assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(10);
		assertThat(outcomes.stream().filter(Optional::isPresent).map(Optional::get)).hasSize(90)
			.containsOnly(Reason.LIMIT_REACHED);
	}

	@Test
	void holdsThePerClientLimitUnderRace() throws Exception {
		Promotion promotion = PromotionMother.code(newId(), "RACE2").limits(null, 2, "1000.00").build();
		List<Claim> claims = IntStream.range(0, 60).mapToObj((i) -> claim(promotion, "client-" + (i % 3))).toList();

		List<Optional<Reason>> outcomes = race(reserving(claims));

		assertThat(grantedPerClient(claims, outcomes))
			.isEqualTo(Map.of("client-0", 2L, "client-1", 2L, "client-2", 2L));
		assertThat(outcomes.stream().flatMap(Optional::stream)).hasSize(54).containsOnly(Reason.CLIENT_LIMIT_REACHED);
	}

	@Test
	void spendsExactlyTheBudgetAndNoMoreUnderRace() throws Exception {
		// 20 clients x 2 would allow 40 redemptions; the budget allows 10 x 26.00
		Promotion promotion = PromotionMother.code(newId(), "RACE3").limits(null, 2, "260.00").build();
		List<Claim> claims = IntStream.range(0, 80).mapToObj((i) -> claim(promotion, "client-" + (i % 20))).toList();

		List<Optional<Reason>> outcomes = race(reserving(claims));

		Map<String, Long> granted = grantedPerClient(claims, outcomes);
		assertThat(granted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
		assertThat(granted.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(2));
		assertThat(outcomes.stream().flatMap(Optional::stream)).hasSize(70)
			.containsOnly(Reason.LIMIT_REACHED, Reason.CLIENT_LIMIT_REACHED)
			.contains(Reason.LIMIT_REACHED);
		assertThat(this.redemptions.count(promotion.id(), Redemption.State.RESERVED)).isEqualTo(10);
		String total = RedemptionCounters.total(promotion.id());
		assertThat(this.counters.spentMinor(total)).isEqualTo(26_000);
		assertThat(this.counters.taken(total)).isEqualTo(10);
		granted.forEach(
				(client, count) -> assertThat(this.counters.taken(RedemptionCounters.client(promotion.id(), client)))
					.isEqualTo(count.intValue()));
		assertThat(this.redemptions.check(claim(promotion, "client-new"))).contains(Reason.LIMIT_REACHED);
	}

	@Test
	void countsABookingOnceHoweverOftenItIsReserved() throws Exception {
		Promotion promotion = PromotionMother.code(newId(), "ONCE").limits(3, null, null).build();
		List<Callable<Optional<Reason>>> sameBooking = IntStream.range(0, 20)
			.<Callable<Optional<Reason>>>mapToObj(
					(i) -> () -> this.redemptions.reserve(new Claim("bkg-same", promotion, "client-1", null, DISCOUNT)))
			.toList();

		race(sameBooking);

		assertThat(this.redemptions.count(promotion.id(), Redemption.State.RESERVED)).isOne();
		assertThat(this.redemptions.reserve(new Claim("bkg-2", promotion, "client-2", null, DISCOUNT))).isEmpty();
		assertThat(this.redemptions.reserve(new Claim("bkg-3", promotion, "client-3", null, DISCOUNT))).isEmpty();
		assertThat(this.redemptions.reserve(new Claim("bkg-4", promotion, "client-4", null, DISCOUNT)))
			.contains(Reason.LIMIT_REACHED);
	}

	private List<Callable<Optional<Reason>>> reserving(List<Claim> claims) {
		return claims.stream()
			.<Callable<Optional<Reason>>>map((claim) -> () -> this.redemptions.reserve(claim))
			.toList();
	}

	private static Map<String, Long> grantedPerClient(List<Claim> claims, List<Optional<Reason>> outcomes) {
		return IntStream.range(0, claims.size())
			.filter((i) -> outcomes.get(i).isEmpty())
			.mapToObj((i) -> claims.get(i).clientId())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static Claim claim(Promotion promotion, String clientId) {
		return new Claim("bkg-" + UUID.randomUUID(), promotion, clientId, null, DISCOUNT);
	}

	private static List<Optional<Reason>> race(List<Callable<Optional<Reason>>> tasks) throws Exception {
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Optional<Reason>>> futures = executor.invokeAll(tasks);
			return futures.stream().map(RedemptionConcurrencyIntegrationTests::get).toList();
		}
	}

	private static Optional<Reason> get(Future<Optional<Reason>> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String newId() {
		return "promo-" + UUID.randomUUID();
	}

}
