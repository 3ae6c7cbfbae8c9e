package com.spautopia.promotion.pricing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.events.promotion.PromotionEvaluated.Occasion;
import com.spautopia.promotion.definition.BookingContext;
import com.spautopia.promotion.messaging.PromotionEventPublisher;
import com.spautopia.promotion.redemption.Claim;
import com.spautopia.promotion.redemption.RedemptionLifecycle;
import com.spautopia.promotion.redemption.Redemptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Prices each move of a booking once (requested bookings are priced in batches by
 * {@link BatchPricing}, with the same guarantees). Redemptions are reserved
 * (idempotently, keyed by booking and promotion) before the evaluation is inserted; the
 * evaluation is inserted before it is published. A redelivered request finds the stored
 * evaluation and re-publishes it with its original event id, so consumers de-duplicate it
 * and a publish that failed is completed by the retry.
 */
@Service
public class BookingPricing {

	private static final Logger logger = LoggerFactory.getLogger(BookingPricing.class);

	private final PromotionEvaluator evaluator;

	private final BookingContexts contexts;

	private final Redemptions redemptions;

	private final RedemptionLifecycle lifecycle;

	private final EvaluationStore evaluations;

	private final PromotionEventPublisher publisher;

	private final PricingMetrics metrics;

	private final Clock clock;

	BookingPricing(PromotionEvaluator evaluator, BookingContexts contexts, Redemptions redemptions,
			RedemptionLifecycle lifecycle, EvaluationStore evaluations, PromotionEventPublisher publisher, Clock clock,
			PricingMetrics metrics) {
		this.evaluator = evaluator;
		this.contexts = contexts;
		this.redemptions = redemptions;
		this.lifecycle = lifecycle;
		this.evaluations = evaluations;
		this.publisher = publisher;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Prices a booking moved to another time, once per move: with the promo code it was
	 * booked with, as if it were booked at the new time when it was moved. The booking's
	 * own reservations count as its own (a limited promotion it holds is not lost to the
	 * move); those the new time no longer earns are released.
	 * @param moved the move
	 * @param moveEventId the id of the move's event, which makes its evaluation once
	 */
	public void priceMove(AppointmentRescheduled moved, String moveEventId) {
		String id = Evaluation.moveId(moved.bookingId(), moveEventId);
		Evaluation evaluation = this.evaluations.findById(id)
			.orElseGet(() -> evaluateOnce(moved.bookingId(), this.contexts.of(moved), moved.promoCode(),
					moved.appointment(), Occasion.RESCHEDULED, id,
					(evaluated) -> Evaluation.ofMove(evaluated, moveEventId, UUID.randomUUID().toString())));
		this.publisher.publish(evaluation.toEvent(), evaluation.eventId(), evaluation.evaluatedAt());
	}

	private Evaluation evaluateOnce(String bookingId, BookingContext booking, @Nullable String promoCode,
			AppointmentDetails appointment, Occasion occasion, String evaluationId,
			Function<PromotionEvaluated, Evaluation> toStore) {
		Price price = this.evaluator.evaluate(booking, promoCode,
				reserving(bookingId, booking, appointment.end().toInstant()));
		PromotionEvaluated evaluated = evaluated(bookingId, price, appointment, occasion, this.clock);
		try {
			Evaluation stored = this.evaluations.insert(toStore.apply(evaluated));
			if (occasion == Occasion.RESCHEDULED) {
				// what the booking held before and its new time does not earn goes back
				this.lifecycle.keepOnly(bookingId, promotionIds(stored));
			}
			logger.info("Priced booking {} ({}) at {} (discount {}, promotions {}, code refusal {})", bookingId,
					occasion, stored.finalPrice(), stored.discount(), promotionIds(stored), stored.codeRefusal());
			this.metrics.priced(stored);
			return stored;
		}
		catch (DuplicateKeyException ex) {
			logger.info("Booking {} was priced concurrently: keeping the stored evaluation", bookingId);
			Evaluation stored = this.evaluations.findById(evaluationId)
				.orElseThrow(() -> new IllegalStateException(
						"Evaluation " + evaluationId + " is a duplicate but cannot be found", ex));
			this.lifecycle.keepOnly(bookingId, promotionIds(stored));
			return stored;
		}
	}

	private LimitGate reserving(String bookingId, BookingContext booking, Instant appointmentEnd) {
		Set<String> claimed = new HashSet<>();
		return new LimitGate() {

			@Override
			public Optional<Reason> claim(Candidate candidate) {
				Optional<Reason> refusal = BookingPricing.this.redemptions
					.reserve(BookingPricing.claim(bookingId, booking, candidate, appointmentEnd));
				if (refusal.isEmpty()) {
					claimed.add(candidate.promotion().id());
				}
				return refusal;
			}

			@Override
			public void settle(List<Candidate> applied) {
				applied.forEach((candidate) -> claimed.remove(candidate.promotion().id()));
				BookingPricing.this.lifecycle.release(bookingId, claimed);
			}

		};
	}

	/**
	 * The evaluation of a booking at a price, now.
	 */
	static PromotionEvaluated evaluated(String bookingId, Price price, AppointmentDetails appointment,
			Occasion occasion, Clock clock) {
		// MongoDB keeps milliseconds: truncate so a re-published event equals the first
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return new PromotionEvaluated(bookingId, price.listPrice(), price.discount(), price.finalPrice(),
				price.appliedPromotions(), price.codeRefusal(), now,
				appointment.start().withOffsetSameInstant(ZoneOffset.UTC), occasion);
	}

	/**
	 * A booking's claim of a promotion it would apply.
	 */
	static Claim claim(String bookingId, BookingContext booking, Candidate candidate, Instant appointmentEnd) {
		return new Claim(bookingId, candidate.promotion(), booking.clientId(),
				candidate.uniqueCode() ? candidate.code() : null, candidate.discount(), appointmentEnd);
	}

	static Set<String> promotionIds(Evaluation evaluation) {
		return evaluation.appliedPromotions().stream().map(AppliedPromotion::promotionId).collect(Collectors.toSet());
	}

}
