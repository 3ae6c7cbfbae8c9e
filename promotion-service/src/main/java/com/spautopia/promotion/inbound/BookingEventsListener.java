package com.spautopia.promotion.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.InvalidEventException;
import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentNoShow;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.client.ClientViews;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.fill.FreedSlots;
import com.spautopia.promotion.loyalty.LoyaltyRewards;
import com.spautopia.promotion.messaging.TraceContexts;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.promotion.pricing.BatchPricing;
import com.spautopia.promotion.pricing.BatchPricing.PricingRequest;
import com.spautopia.promotion.pricing.BookingPricing;
import com.spautopia.promotion.redemption.Redemption;
import com.spautopia.promotion.redemption.RedemptionLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The {@code bookingEvents} function, consumed in batches: prices every
 * {@link AppointmentRequested} (the consecutive requests of a batch together) and every
 * move, keeps a booking's redemptions to the promotions its price gives (a move priced
 * again, a late evaluation, a completion at list price), releases the redemptions of a
 * booking cancelled or missed (a no-show: no treatment was given, so no discount was
 * either), makes a completed booking's final (crediting the campaign offer that led to it
 * and rewarding loyalty), and keeps the client view up to date from every appointment
 * event; {@link ClientErased} erases the client's personal data from the client view, the
 * offers and the opt-outs. Freed slots ({@link SlotFreed}), the requests that fill them
 * (with the price they were given) and those requests' cancellations are recorded for the
 * fill figures. Each step is idempotent, so a redelivered event changes nothing more. A
 * malformed message raises {@link InvalidEventException}, which {@link BatchDeadLetters}
 * does not retry but dead-letters.
 */
@Component("bookingEvents")
class BookingEventsListener implements Consumer<Message<List<byte[]>>> {

	private static final Logger logger = LoggerFactory.getLogger(BookingEventsListener.class);

	private final EventCodec codec;

	private final TraceContexts traces;

	private final BatchPricing requests;

	private final BookingPricing pricing;

	private final ClientViews clients;

	private final RedemptionLifecycle redemptions;

	private final Offers offers;

	private final LoyaltyRewards loyalty;

	private final TreatmentCatalog catalog;

	private final ConsentChanges consents;

	private final FreedSlots freedSlots;

	BookingEventsListener(EventCodec codec, TraceContexts traces, BatchPricing requests, BookingPricing pricing,
			ClientViews clients, RedemptionLifecycle redemptions, Offers offers, LoyaltyRewards loyalty,
			TreatmentCatalog catalog, ConsentChanges consents, FreedSlots freedSlots) {
		this.codec = codec;
		this.traces = traces;
		this.requests = requests;
		this.pricing = pricing;
		this.clients = clients;
		this.redemptions = redemptions;
		this.offers = offers;
		this.loyalty = loyalty;
		this.catalog = catalog;
		this.consents = consents;
		this.freedSlots = freedSlots;
	}

	/**
	 * Handles the records of a poll in order: consecutive requests are priced together
	 * ({@link BatchPricing}), every other event on its own, after the requests before it.
	 * @param batch the records' values, with their headers in
	 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}
	 * @throws BatchListenerFailedException naming the first record whose work is not done
	 * (everything before it is); its cause is an {@link InvalidEventException} (not
	 * retried: dead-lettered) if that record is not a valid event
	 */
	@Override
	public void accept(Message<List<byte[]>> batch) {
		List<byte[]> values = batch.getPayload();
		List<Map<String, Object>> headers = headers(batch);
		List<Requested> requested = new ArrayList<>();
		for (int index = 0; index < values.size(); index++) {
			Optional<EventEnvelope<SpaEvent>> envelope;
			try {
				envelope = this.codec.decode(headers.get(index), values.get(index));
			}
			catch (RuntimeException ex) {
				price(requested);
				throw new BatchListenerFailedException("Booking event " + index + " of the batch is invalid", ex,
						index);
			}
			if (envelope.isEmpty()) {
				logger.debug("Ignoring an event of a type unknown to this contract");
			}
			else if (envelope.get().data() instanceof AppointmentRequested request) {
				requested.add(new Requested(index, request, envelope.get().time().toInstant(),
						this.traces.fieldsOf(headers.get(index))));
			}
			else {
				price(requested);
				EventEnvelope<SpaEvent> event = envelope.get();
				try {
					this.traces.continuing("spa.booking.event", this.traces.fieldsOf(headers.get(index)))
						.observe(() -> handle(event));
				}
				catch (RuntimeException ex) {
					throw new BatchListenerFailedException("Booking event " + index + " of the batch failed", ex,
							index);
				}
			}
		}
		price(requested);
	}

	/**
	 * Prices consecutive requests. When they fail together, they are priced one by one,
	 * so that the failure names the request that fails, not the first of them (pricing
	 * again is safe: what was stored is published again, not priced again).
	 */
	private void price(List<Requested> requested) {
		if (requested.isEmpty()) {
			return;
		}
		try {
			priceTogether(requested);
		}
		catch (RuntimeException ex) {
			if (requested.size() == 1) {
				throw new BatchListenerFailedException(
						"Pricing booking request " + requested.getFirst().index() + " of the batch failed", ex,
						requested.getFirst().index());
			}
			logger.warn("Pricing {} booking requests together failed ({}); pricing them one by one", requested.size(),
					ex.toString());
			for (Requested request : requested) {
				try {
					priceTogether(List.of(request));
				}
				catch (RuntimeException failure) {
					throw new BatchListenerFailedException(
							"Pricing booking request " + request.index() + " of the batch failed", failure,
							request.index());
				}
			}
		}
		requested.clear();
	}

	/**
	 * Prices requests, then records their clients' details and the list prices they
	 * carry; their clients are read once, for both.
	 */
	private void priceTogether(List<Requested> requested) {
		Map<String, ClientView> known = this.clients
			.findAllById(requested.stream().map((request) -> request.request().client().clientId()).toList());
		Map<String, Money> finalPrices = this.requests.priceAll(
				requested.stream().map((request) -> new PricingRequest(request.request(), request.trace())).toList(),
				known);
		this.clients.recordSnapshots(
				requested.stream().map((request) -> Map.entry(request.request().client(), request.at())).toList(),
				known);
		for (Requested request : requested) {
			AppointmentDetails appointment = request.request().appointment();
			this.catalog.learn(appointment.treatmentId(), appointment.listPrice(), request.at());
			String freedBy = request.request().fillsSlotFreedBy();
			Money finalPrice = finalPrices.get(request.request().bookingId());
			if (freedBy != null && finalPrice != null) {
				this.freedSlots.filled(freedBy, request.request().bookingId(), request.request().requestedAt(),
						finalPrice);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> headers(Message<List<byte[]>> batch) {
		Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
		if (!(headers instanceof List<?> list) || list.size() != batch.getPayload().size()) {
			throw new IllegalStateException(
					"A batch of " + batch.getPayload().size() + " records without their headers");
		}
		return (List<Map<String, Object>>) list;
	}

	private void handle(EventEnvelope<SpaEvent> envelope) {
		Instant at = envelope.time().toInstant();
		switch (envelope.data()) {
			// confirmed at list price because the evaluation came late: what was reserved
			// stays reserved, as booking-service gives the client the evaluation's price
			// when it arrives (AppointmentRepriced); if the booking is completed at list
			// price instead, its completion releases it
			case AppointmentConfirmed confirmed -> this.clients.recordSnapshot(confirmed.client(), at);
			case AppointmentRescheduled rescheduled -> {
				this.clients.recordSnapshot(rescheduled.client(), at);
				this.redemptions.moved(rescheduled.bookingId(), rescheduled.appointment().end().toInstant());
				this.pricing.priceMove(rescheduled, envelope.id());
			}
			case AppointmentRepriced repriced -> {
				this.clients.recordSnapshot(repriced.client(), at);
				this.redemptions.keepOnly(repriced.bookingId(), promotionIds(repriced.pricing()));
			}
			case AppointmentCancelled cancelled -> {
				this.clients.recordSnapshot(cancelled.client(), at);
				this.redemptions.releaseBooking(cancelled.bookingId());
				this.freedSlots.cancelled(cancelled.bookingId());
			}
			case SlotFreed freed -> this.freedSlots.freed(freed);
			case AppointmentCompleted completed -> completed(completed, at);
			case AppointmentNoShow noShow -> {
				this.clients.recordNoShow(noShow.client(), noShow.bookingId(), at);
				this.redemptions.releaseBooking(noShow.bookingId());
			}
			// the language offers go out in: the last event's wins
			case AppointmentLanguageChanged changed -> this.clients.recordSnapshot(changed.client(), at);
			case ClientConsentsChanged changed ->
				this.clients.recordConsents(changed.clientId(), changed.consents(), at);
			case ClientErased erased -> erase(erased);
			default -> logger.debug("Ignoring {} event {}", envelope.type().typeName(), envelope.id());
		}
	}

	/**
	 * A request of the batch: where it is, and when and in which trace it was made.
	 */
	private record Requested(int index, AppointmentRequested request, Instant at, Map<String, String> trace) {

	}

	private static Set<String> promotionIds(Pricing pricing) {
		return pricing.appliedPromotions()
			.stream()
			.map(AppliedPromotion::promotionId)
			.collect(Collectors.toUnmodifiableSet());
	}

	private void erase(ClientErased erased) {
		ClientSnapshot anonymous = this.clients.erase(erased.clientId(), erased.erasedAt());
		long offers = this.offers.eraseClient(anonymous);
		this.consents.forget(erased.phone());
		logger.info("Erased client {}: the client view and {} offer(s)", erased.clientId(), offers);
	}

	private void completed(AppointmentCompleted completed, Instant at) {
		ClientView client = this.clients.recordCompletedVisit(completed.client(), completed.bookingId(),
				completed.appointment().treatmentId(), completed.appointment().start().toInstant(), at);
		if (completed.pricing() != null) {
			// only what the client was given is final and counted; the rest goes back
			this.redemptions.keepOnly(completed.bookingId(), promotionIds(completed.pricing()));
		}
		for (Redemption redemption : this.redemptions.finalizeBooking(completed.bookingId(), completed.finalPrice())) {
			this.offers.attributeRedemption(client.id(), redemption.promotionId(), completed.bookingId(),
					completed.finalPrice(), completed.completedAt());
		}
		this.offers.recordVisit(client.id(), completed.completedAt());
		this.loyalty.onCompletedVisit(client, completed.bookingId());
	}

}
