package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Instant;

import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.PromotionEvaluated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Confirms requested bookings: at the price promotion-service evaluated, or at list price
 * when no evaluation arrives in time, counted from when the request was published. No
 * booking waits forever, and a booking is confirmed once however often its evaluation is
 * delivered. An evaluation arriving after that is kept on the booking, and gives the
 * client its price when it is cheaper; a move's evaluation prices the booking at its new
 * time (see {@link Repricing}). Each price change is published as AppointmentRepriced.
 */
@Component
class PricingSaga {

	private static final Logger log = LoggerFactory.getLogger(PricingSaga.class);

	private final MongoTemplate mongo;

	private final BookingStore store;

	private final BookingLifecycle lifecycle;

	private final ManageLinks manageLinks;

	private final Outbox outbox;

	private final SpaProperties spa;

	private final Clock clock;

	PricingSaga(MongoTemplate mongo, BookingStore store, BookingLifecycle lifecycle, ManageLinks manageLinks,
			Outbox outbox, SpaProperties spa, Clock clock) {
		this.mongo = mongo;
		this.store = store;
		this.lifecycle = lifecycle;
		this.manageLinks = manageLinks;
		this.outbox = outbox;
		this.spa = spa;
		this.clock = clock;
	}

	/**
	 * Applies an evaluation: one change of the booking, decided on the booking as it is
	 * when written (a timeout confirming it meanwhile turns a confirmation into a late
	 * evaluation, never into nothing), with its event in the same write.
	 */
	void evaluated(PromotionEvaluated evaluation) {
		if (!this.store.exists(evaluation.bookingId())) {
			log.warn("Price for unknown booking {} ignored", evaluation.bookingId());
			return;
		}
		Pricing pricing = Repricing.pricing(evaluation);
		Booking changed = this.store.change(evaluation.bookingId(), (booking) -> {
			Instant now = this.clock.instant();
			return switch (Repricing.decide(booking, evaluation)) {
				case CONFIRM -> confirmed(booking, pricing, now);
				case RECORD_LATE -> booking.withLateEvaluation(late(evaluation, now, false));
				case REPRICE_LATE -> repriced(booking.withLateEvaluation(late(evaluation, now, true)), pricing,
						AppointmentRepriced.Reason.LATE_EVALUATION, now);
				case REPRICE_MOVED -> repriced(booking, pricing, AppointmentRepriced.Reason.RESCHEDULED, now);
				case IGNORE -> booking;
			};
		});
		if (changed.pricing() != null) {
			log.info("Booking {} is {} at {} ({}; evaluation of {} for {}{})", changed.id(), changed.status(),
					changed.pricing().finalPrice(), changed.pricing().source(), evaluation.occasion(),
					evaluation.finalPrice(), (changed.lateEvaluation() != null) ? ", late" : "");
		}
	}

	private Booking repriced(Booking booking, Pricing pricing, AppointmentRepriced.Reason reason, Instant now) {
		AppointmentRepriced event = new AppointmentRepriced(booking.id(), booking.appointment(),
				this.lifecycle.clientNow(booking), booking.pricing().finalPrice(), pricing, reason, now);
		return this.lifecycle.withEvent(booking.repriced(pricing), event, now);
	}

	private static LateEvaluation late(PromotionEvaluated evaluation, Instant now, boolean applied) {
		return new LateEvaluation(evaluation.finalPrice(), evaluation.appliedPromotions(), now, applied);
	}

	/**
	 * Gives requested bookings stored before the pricing timeout counted from publication
	 * (they have no {@code publishedAt}, their request long published) a timeout from
	 * now, so that none waits forever. Once, when the service starts; finds nothing once
	 * every instance runs this version.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void timeRequestsFromBeforePublicationTimes() {
		Query legacy = Query.query(Criteria.where("status")
			.is(BookingStatus.REQUESTED)
			.and(Outbox.PUBLISHED_AT)
			.exists(false)
			.and(Outbox.PENDING_SINCE)
			.exists(false));
		long timed = this.mongo
			.updateMulti(legacy, new Update().set(Outbox.PUBLISHED_AT, this.clock.instant()), Booking.class)
			.getModifiedCount();
		if (timed > 0) {
			log.info("{} requested booking(s) from before publication times: their pricing timeout counts from now",
					timed);
		}
	}

	@Scheduled(fixedDelayString = "${spa.booking.pricing-timeout-check:1s}")
	void confirmOverdue() {
		Instant overdue = this.clock.instant().minus(this.spa.pricingTimeout());
		// from when promotion-service could see the request, not from when it was made: a
		// request waiting in the outbox (Kafka down, a backlog) is not overdue
		Query query = Query
			.query(Criteria.where("status").is(BookingStatus.REQUESTED).and(Outbox.PUBLISHED_AT).lt(overdue))
			.limit(100);
		for (Booking booking : this.mongo.find(query, Booking.class)) {
			log.warn("No price for booking {} after {}: confirming it at list price", booking.id(),
					this.spa.pricingTimeout());
			confirmAtListPrice(booking);
		}
	}

	private void confirmAtListPrice(Booking requested) {
		Booking confirmed = this.store
			.change(requested.id(),
					(booking) -> (booking.status() != BookingStatus.REQUESTED) ? booking : confirmed(booking,
							Pricing.atListPrice(booking.time().listPrice(), Pricing.Source.EVALUATION_TIMED_OUT),
							this.clock.instant()));
		log.info("Booking {} is {} at {} ({})", confirmed.id(), confirmed.status(), confirmed.pricing().finalPrice(),
				confirmed.pricing().source());
	}

	/**
	 * The requested booking confirmed at a price, with its AppointmentConfirmed; the
	 * client as the event should show them is read with the booking being written.
	 */
	private Booking confirmed(Booking booking, Pricing price, Instant now) {
		AppointmentConfirmed event = new AppointmentConfirmed(booking.id(), booking.appointment(),
				this.lifecycle.clientNow(booking), price, this.manageLinks.sealedUrl(booking),
				this.manageLinks.sealedShortUrl(booking), now);
		return booking.confirmed(price, now).withEvent(this.outbox.entry(event, now));
	}

}
