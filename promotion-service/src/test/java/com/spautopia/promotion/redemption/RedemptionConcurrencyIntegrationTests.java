package com.spautopia.promotion.redemption;

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
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import com.spautopia.promotion.promotion.Promotion;
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
	void holdsPerClientAndBudgetLimitsUnderRace() throws Exception {
		Promotion promotion = PromotionMother.code(newId(), "RACE2").limits(null, 2, "260.00").build();
		List<Callable<Optional<Reason>>> bookings = IntStream.range(0, 60)
			.<Callable<Optional<Reason>>>mapToObj((i) -> () -> this.redemptions
				.reserve(new Claim("bkg-" + UUID.randomUUID(), promotion, "client-" + (i % 3), null, DISCOUNT)))
			.toList();

		List<Optional<Reason>> outcomes = race(bookings);

		// 3 clients x 2 each = 6 reservations, well within the budget of 10 x 26.00
		assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(6);
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
