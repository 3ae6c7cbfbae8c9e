package com.spautopia.promotion.pricing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.events.promotion.PromotionEvaluated.Occasion;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.definition.BookingContext;
import com.spautopia.promotion.messaging.PromotionEventPublisher;
import com.spautopia.promotion.messaging.PromotionEventPublisher.Publication;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.promotion.redemption.BatchReservations;
import com.spautopia.promotion.redemption.Claim;
import com.spautopia.promotion.redemption.RedemptionLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Prices the requested bookings of a batch, each once: their stored evaluations, their
 * clients' rewards are read in one query each (their clients' views are read by the
 * caller, who records their details after), every booking's best choice is claimed
 * against the limits with one increment per counter ({@link BatchReservations}), a
 * booking a limit refused chooses again and claims again with the others so refused, the
 * new evaluations are inserted in one bulk write, and then every evaluation is published
 * (a stored one again, with its original event id, so consumers de-duplicate it and a
 * publish that failed is completed by the redelivery). What a booking claimed and did not
 * apply goes back.
 */
@Service
public class BatchPricing {

	private static final Logger logger = LoggerFactory.getLogger(BatchPricing.class);

	private final PromotionEvaluator evaluator;

	private final BookingContexts contexts;

	private final Offers offers;

	private final BatchReservations reservations;

	private final RedemptionLifecycle lifecycle;

	private final EvaluationStore evaluations;

	private final PromotionEventPublisher publisher;

	private final PricingMetrics metrics;

	private final Clock clock;

	BatchPricing(PromotionEvaluator evaluator, BookingContexts contexts, Offers offers, BatchReservations reservations,
			RedemptionLifecycle lifecycle, EvaluationStore evaluations, PromotionEventPublisher publisher,
			PricingMetrics metrics, Clock clock) {
		this.evaluator = evaluator;
		this.contexts = contexts;
		this.offers = offers;
		this.reservations = reservations;
		this.lifecycle = lifecycle;
		this.evaluations = evaluations;
		this.publisher = publisher;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Prices requested bookings and publishes their evaluations.
	 * @param requests the requests, in the order they were consumed; a booking requested
	 * twice among them is priced once, and its evaluation published for each
	 * @param clients the views of their clients, read before
	 * @return the final price of each booking, by booking id (a redelivered request's the
	 * one it was given before)
	 */
	public Map<String, Money> priceAll(List<PricingRequest> requests, Map<String, ClientView> clients) {
		Map<String, PricingRequest> byBooking = new LinkedHashMap<>();
		requests.forEach((request) -> byBooking.putIfAbsent(request.request().bookingId(), request));
		Map<String, Evaluation> evaluated = new LinkedHashMap<>(this.evaluations.findAllById(byBooking.keySet()));
		List<AppointmentRequested> unpriced = byBooking.values()
			.stream()
			.map(PricingRequest::request)
			.filter((request) -> !evaluated.containsKey(request.bookingId()))
			.toList();
		List<Evaluation> priced = evaluate(unpriced, clients);
		Set<String> pricedBefore = this.evaluations.insertAll(priced);
		for (Evaluation evaluation : priced) {
			evaluated.put(evaluation.id(),
					pricedBefore.contains(evaluation.id()) ? pricedConcurrently(evaluation) : recorded(evaluation));
		}
		// every delivery is answered, a redelivered one with the evaluation published
		// before
		this.publisher.publishAll(requests.stream().map((request) -> {
			Evaluation evaluation = evaluated.get(request.request().bookingId());
			return new Publication(evaluation.toEvent(), evaluation.eventId(), evaluation.evaluatedAt(),
					request.trace());
		}).toList());
		Map<String, Money> finalPrices = new LinkedHashMap<>();
		evaluated.forEach((bookingId, evaluation) -> finalPrices.put(bookingId, evaluation.finalPrice()));
		return finalPrices;
	}

	private List<Evaluation> evaluate(List<AppointmentRequested> requests, Map<String, ClientView> clients) {
		if (requests.isEmpty()) {
			return List.of();
		}
		Instant earliest = requests.stream().map(AppointmentRequested::requestedAt).min(Instant::compareTo).get();
		Map<String, List<Offer>> rewards = this.offers
			.rewardsHeld(requests.stream().map((request) -> request.client().clientId()).distinct().toList(), earliest);
		List<Booking> bookings = requests.stream().map((request) -> {
			BookingContext context = this.contexts.of(request,
					Optional.ofNullable(clients.get(request.client().clientId())));
			List<Offer> held = rewards.getOrDefault(request.client().clientId(), List.of())
				.stream()
				.filter((reward) -> reward.validUntil().isAfter(context.bookedAt()))
				.toList();
			return new Booking(request, context, this.evaluator.choose(context, request.promoCode(), held));
		}).toList();
		claimLimits(bookings);
		List<Evaluation> priced = new ArrayList<>(bookings.size());
		for (Booking booking : bookings) {
			Set<String> unused = new HashSet<>(booking.claimed());
			booking.choice().applied().forEach((candidate) -> unused.remove(candidate.promotion().id()));
			if (!unused.isEmpty()) {
				this.lifecycle.release(booking.id(), unused);
			}
			priced.add(Evaluation.of(BookingPricing.evaluated(booking.id(), booking.choice().price(),
					booking.request().appointment(), Occasion.REQUESTED, this.clock), UUID.randomUUID().toString()));
		}
		return priced;
	}

	/**
	 * Claims every booking's choice, all bookings at once; those a limit refused choose
	 * again and claim again, until every booking holds what it applies.
	 */
	private void claimLimits(List<Booking> bookings) {
		List<Booking> open = bookings;
		while (!open.isEmpty()) {
			List<Claim> claims = new ArrayList<>();
			List<Booking> claimants = new ArrayList<>();
			List<Candidate> claimed = new ArrayList<>();
			for (Booking booking : open) {
				for (Candidate candidate : booking.choice().applied()) {
					if (!booking.claimed().contains(candidate.promotion().id())) {
						claims.add(BookingPricing.claim(booking.id(), booking.context(), candidate,
								booking.request().appointment().end().toInstant()));
						claimants.add(booking);
						claimed.add(candidate);
					}
				}
			}
			if (claims.isEmpty()) {
				return;
			}
			List<Optional<Reason>> results = this.reservations.reserveAll(claims);
			Map<Booking, Map<Candidate, Reason>> refused = new LinkedHashMap<>();
			for (int index = 0; index < claims.size(); index++) {
				Booking booking = claimants.get(index);
				Candidate candidate = claimed.get(index);
				Optional<Reason> refusal = results.get(index);
				if (refusal.isPresent()) {
					refused.computeIfAbsent(booking, (key) -> new LinkedHashMap<>()).put(candidate, refusal.get());
				}
				else {
					booking.claimed().add(candidate.promotion().id());
				}
			}
			refused.forEach((booking, candidates) -> candidates.forEach(booking.choice()::refuse));
			open = List.copyOf(refused.keySet());
		}
	}

	private Evaluation recorded(Evaluation evaluation) {
		logger.info("Priced booking {} (REQUESTED) at {} (discount {}, promotions {}, code refusal {})",
				evaluation.id(), evaluation.finalPrice(), evaluation.discount(),
				BookingPricing.promotionIds(evaluation), evaluation.codeRefusal());
		this.metrics.priced(evaluation);
		return evaluation;
	}

	private Evaluation pricedConcurrently(Evaluation evaluation) {
		logger.info("Booking {} was priced concurrently: keeping the stored evaluation", evaluation.id());
		Evaluation stored = this.evaluations.findById(evaluation.id())
			.orElseThrow(() -> new IllegalStateException(
					"Evaluation " + evaluation.id() + " is a duplicate but cannot be found"));
		this.lifecycle.keepOnly(stored.booking(), BookingPricing.promotionIds(stored));
		return stored;
	}

	/**
	 * A request to price, with the trace its evaluation continues.
	 *
	 * @param request the request
	 * @param trace the propagation fields of the request's record
	 */
	public record PricingRequest(AppointmentRequested request, Map<String, String> trace) {

	}

	/**
	 * A booking being priced: its choice and the promotions it holds a claim on.
	 */
	private static final class Booking {

		private final AppointmentRequested request;

		private final BookingContext context;

		private final PriceChoice choice;

		private final Set<String> claimed = new HashSet<>();

		Booking(AppointmentRequested request, BookingContext context, PriceChoice choice) {
			this.request = request;
			this.context = context;
			this.choice = choice;
		}

		String id() {
			return this.request.bookingId();
		}

		AppointmentRequested request() {
			return this.request;
		}

		BookingContext context() {
			return this.context;
		}

		PriceChoice choice() {
			return this.choice;
		}

		Set<String> claimed() {
			return this.claimed;
		}

	}

}
