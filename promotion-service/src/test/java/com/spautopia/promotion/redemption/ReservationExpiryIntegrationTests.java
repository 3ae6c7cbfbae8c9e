package com.spautopia.promotion.redemption;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reservations of bookings that are never completed nor cancelled go back to the limits
 * once the appointment is long over; counters a crash left too high are set right.
 */
@PromotionServiceTest
class ReservationExpiryIntegrationTests {

	private static final Money DISCOUNT = Money.of("26.00", "PLN");

	// long past, so that only this test's reservations expire by then
	private static final Instant APPOINTMENT_END = Instant.parse("2001-03-06T12:00:00Z");

	@Autowired
	private Redemptions redemptions;

	@Autowired
	private RedemptionCounters counters;

	@Autowired
	private ReservationExpiry expiry;

	@Autowired
	private CounterReconciliation reconciliation;

	@Autowired
	private RedemptionProperties properties;

	@Autowired
	private MongoOperations mongo;

	@Test
	void releasesAReservationOnceItsAppointmentEndedAndTheGracePassed() {
		Promotion promotion = PromotionMother.code("promo-" + UUID.randomUUID(), "EXPIRE")
			.limits(1, null, null)
			.build();
		Claim claim = claim(promotion, "bkg-" + UUID.randomUUID());
		assertThat(this.redemptions.reserve(claim)).isEmpty();
		Instant expires = APPOINTMENT_END.plus(this.properties.grace());

		this.expiry.releaseExpired(expires.minusSeconds(1));
		assertThat(state(claim)).isEqualTo(Redemption.State.RESERVED);
		assertThat(this.redemptions.reserve(claim(promotion, "bkg-" + UUID.randomUUID())))
			.contains(Reason.LIMIT_REACHED);

		this.expiry.releaseExpired(expires);

		assertThat(state(claim)).isEqualTo(Redemption.State.RELEASED);
		assertThat(this.counters.taken(RedemptionCounters.total(promotion.id()))).isZero();
		assertThat(this.redemptions.reserve(claim(promotion, "bkg-" + UUID.randomUUID()))).isEmpty();
	}

	@Test
	void setsRightACounterACrashLeftTooHigh() {
		Promotion promotion = PromotionMother.code("promo-" + UUID.randomUUID(), "CRASH").limits(1, null, null).build();
		String total = RedemptionCounters.total(promotion.id());
		// a reservation took the counter, then its instance died before storing it
		assertThat(this.counters.tryTake(total, 1, null, 2600)).isTrue();
		assertThat(this.redemptions.reserve(claim(promotion, "bkg-" + UUID.randomUUID())))
			.contains(Reason.LIMIT_REACHED);

		this.reconciliation.reconcile(WallClock.now().plus(this.properties.settleTime()).plus(Duration.ofMinutes(1)));

		assertThat(this.counters.taken(total)).isZero();
		assertThat(this.redemptions.reserve(claim(promotion, "bkg-" + UUID.randomUUID()))).isEmpty();
	}

	private Redemption.State state(Claim claim) {
		return this.mongo.findById(Redemption.id(claim.bookingId(), claim.promotion().id()), Redemption.class).state();
	}

	private static Claim claim(Promotion promotion, String bookingId) {
		return new Claim(bookingId, promotion, "client-" + UUID.randomUUID(), null, DISCOUNT, APPOINTMENT_END);
	}

}
