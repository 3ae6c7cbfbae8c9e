package com.spautopia.promotion.pricing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.promotion.messaging.PromotionEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Prices each requested booking once. The evaluation is inserted before it is published;
 * a redelivered request finds it already stored (duplicate key) and re-publishes it with
 * its original event id, so consumers de-duplicate it and a publish that failed is
 * completed by the retry.
 */
@Service
class BookingPricing {

	private static final Logger logger = LoggerFactory.getLogger(BookingPricing.class);

	private final PromotionEvaluator evaluator;

	private final Evaluations evaluations;

	private final PromotionEventPublisher publisher;

	private final Clock clock;

	BookingPricing(PromotionEvaluator evaluator, Evaluations evaluations, PromotionEventPublisher publisher,
			Clock clock) {
		this.evaluator = evaluator;
		this.evaluations = evaluations;
		this.publisher = publisher;
		this.clock = clock;
	}

	void price(AppointmentRequested request) {
		Evaluation evaluation = evaluateOnce(request);
		this.publisher.publish(evaluation.toEvent(), evaluation.eventId(), evaluation.evaluatedAt());
	}

	private Evaluation evaluateOnce(AppointmentRequested request) {
		// MongoDB keeps milliseconds: truncate so a re-published event equals the first
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Evaluation evaluation = Evaluation.of(this.evaluator.evaluate(request, now), UUID.randomUUID().toString());
		try {
			Evaluation stored = this.evaluations.insert(evaluation);
			logger.info("Priced booking {} at {} (discount {}, promo code refused: {})", stored.bookingId(),
					stored.finalPrice(), stored.discount(), stored.codeRefusal() != null);
			return stored;
		}
		catch (DuplicateKeyException ex) {
			logger.info("Booking {} was already priced: re-publishing its evaluation", request.bookingId());
			return this.evaluations.findById(request.bookingId())
				.orElseThrow(() -> new IllegalStateException(
						"Evaluation of booking " + request.bookingId() + " is a duplicate but cannot be found", ex));
		}
	}

}
