package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.spautopia.booking.appointment.Repricing.Decision;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Room;
import com.spautopia.booking.catalog.RoomKind;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.Occasion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepricingTest {

	private static final Instant START = Instant.parse("2030-05-07T09:00:00Z");

	private static final Instant LATER = Instant.parse("2030-05-08T09:00:00Z");

	private static final Money LIST = Money.of("200", "PLN");

	private static final Slot LATER_SLOT = new Slot(LATER.atOffset(ZoneOffset.ofHours(2)),
			LATER.plusSeconds(3600).atOffset(ZoneOffset.ofHours(2)), "t-1", "Maria");

	private static final Room LAVENDER = new Room("lavender", "Lavender Room", RoomKind.SINGLE, List.of("swedish"));

	private static final AppliedPromotion DESK = new AppliedPromotion("promo-desk", "Desk 10%", "DESK10",
			Money.of("20", "PLN"));

	private static final Booking REQUESTED = Booking.requested("b-1",
			new ClientSnapshot("c-1", "Ada", "+48601100601", null, new Consents(true, false, false), List.of()),
			new BookedTime("swedish", "Swedish", "t-1", "Maria", START, START.plusSeconds(3600), "Europe/Warsaw", LIST,
					null, null, "lavender", "Lavender Room"),
			"DESK10", new ManageAccess("short-code-hash", null), null, START.minusSeconds(86_400));

	private static final Booking TIMED_OUT = REQUESTED
		.confirmed(Pricing.atListPrice(LIST, Pricing.Source.EVALUATION_TIMED_OUT), START.minusSeconds(86_000));

	private static final Booking EVALUATED = REQUESTED.confirmed(new Pricing(LIST, Money.of("20", "PLN"),
			Money.of("180", "PLN"), List.of(DESK), Pricing.Source.EVALUATED, null), START.minusSeconds(86_000));

	@Test
	void theFirstEvaluationConfirmsARequestedBooking() {
		assertThat(Repricing.decide(REQUESTED, discounted(START, Occasion.REQUESTED))).isEqualTo(Decision.CONFIRM);
		assertThat(Repricing.decide(REQUESTED, legacy())).isEqualTo(Decision.CONFIRM);
	}

	@Test
	void aRedeliveredEvaluationOfAConfirmedBookingChangesNothing() {
		assertThat(Repricing.decide(EVALUATED, discounted(START, Occasion.REQUESTED))).isEqualTo(Decision.IGNORE);
		assertThat(Repricing.decide(EVALUATED, listPrice(START, Occasion.REQUESTED))).isEqualTo(Decision.IGNORE);
	}

	@Test
	void aLateCheaperEvaluationGivesTheClientItsPrice() {
		assertThat(Repricing.decide(TIMED_OUT, discounted(START, Occasion.REQUESTED))).isEqualTo(Decision.REPRICE_LATE);
		assertThat(Repricing.decide(TIMED_OUT, legacy())).isEqualTo(Decision.REPRICE_LATE);
	}

	@Test
	void aLateEvaluationThatIsNotCheaperIsKeptOnly() {
		assertThat(Repricing.decide(TIMED_OUT, listPrice(START, Occasion.REQUESTED))).isEqualTo(Decision.RECORD_LATE);
	}

	@Test
	void aLateEvaluationOfACompletedOrCancelledBookingIsKeptOnly() {
		Booking completed = TIMED_OUT.closed(BookingStatus.COMPLETED, START.plusSeconds(3600));
		Booking cancelled = TIMED_OUT
			.cancelled(new Cancellation(CancelledBy.CLIENT, null, false, START.minusSeconds(100)));

		assertThat(Repricing.decide(completed, discounted(START, Occasion.REQUESTED))).isEqualTo(Decision.RECORD_LATE);
		assertThat(Repricing.decide(cancelled, discounted(START, Occasion.REQUESTED))).isEqualTo(Decision.RECORD_LATE);
	}

	@Test
	void aLateEvaluationIsKeptOnce() {
		Booking kept = TIMED_OUT
			.withLateEvaluation(new LateEvaluation(LIST, List.of(), START.minusSeconds(80_000), false));

		assertThat(Repricing.decide(kept, listPrice(START, Occasion.REQUESTED))).isEqualTo(Decision.IGNORE);
	}

	@Test
	void anEvaluationOfATimeTheBookingHasLeftChangesNothing() {
		Booking moved = TIMED_OUT.movedTo(TIMED_OUT.time().movedTo(LATER_SLOT, LAVENDER), false);

		assertThat(Repricing.decide(moved, discounted(START, Occasion.REQUESTED))).isEqualTo(Decision.IGNORE);
		assertThat(Repricing.decide(moved, discounted(START, Occasion.RESCHEDULED))).isEqualTo(Decision.IGNORE);
	}

	@Test
	void aMovesEvaluationPricesTheBookingAtItsNewTimeCheaperOrNot() {
		Booking moved = EVALUATED.movedTo(EVALUATED.time().movedTo(LATER_SLOT, LAVENDER), false);

		assertThat(Repricing.decide(moved, listPrice(LATER, Occasion.RESCHEDULED))).isEqualTo(Decision.REPRICE_MOVED);
		assertThat(Repricing.decide(moved, discounted(LATER, Occasion.RESCHEDULED))).as("the same price again")
			.isEqualTo(Decision.IGNORE);
		Booking movedAtListPrice = TIMED_OUT.movedTo(TIMED_OUT.time().movedTo(LATER_SLOT, LAVENDER), false);
		assertThat(Repricing.decide(movedAtListPrice, discounted(LATER, Occasion.RESCHEDULED)))
			.isEqualTo(Decision.REPRICE_MOVED);
	}

	@Test
	void aMovesEvaluationOfAClosedBookingChangesNothing() {
		Booking moved = EVALUATED.movedTo(EVALUATED.time().movedTo(LATER_SLOT, LAVENDER), false)
			.closed(BookingStatus.COMPLETED, LATER.plusSeconds(3600));

		assertThat(Repricing.decide(moved, listPrice(LATER, Occasion.RESCHEDULED))).isEqualTo(Decision.IGNORE);
	}

	private static PromotionEvaluated discounted(Instant start, Occasion occasion) {
		return new PromotionEvaluated("b-1", LIST, Money.of("20", "PLN"), Money.of("180", "PLN"), List.of(DESK), null,
				START.minusSeconds(80_000), OffsetDateTime.ofInstant(start, ZoneOffset.UTC), occasion);
	}

	private static PromotionEvaluated listPrice(Instant start, Occasion occasion) {
		return new PromotionEvaluated("b-1", LIST, Money.zero("PLN"), LIST, List.of(), null, START.minusSeconds(80_000),
				OffsetDateTime.ofInstant(start, ZoneOffset.UTC), occasion);
	}

	private static PromotionEvaluated legacy() {
		return new PromotionEvaluated("b-1", LIST, Money.of("20", "PLN"), Money.of("180", "PLN"), List.of(DESK), null,
				START.minusSeconds(80_000));
	}

}
