package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentConfirmed;
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
 * when no evaluation arrives in time, counted from when the request was published (the
 * event saying so tells promotion-service to release what it reserved). No booking waits
 * forever, and a booking is confirmed once however often its evaluation is delivered.
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

	void evaluated(PromotionEvaluated evaluation) {
		confirm(evaluation.bookingId(),
				(booking) -> new Pricing(evaluation.listPrice(), evaluation.discount(), evaluation.finalPrice(),
						evaluation.appliedPromotions(), Pricing.Source.EVALUATED,
						(evaluation.codeRefusal() != null) ? evaluation.codeRefusal().reason().name() : null));
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
			confirm(booking.id(),
					(late) -> Pricing.atListPrice(late.time().listPrice(), Pricing.Source.EVALUATION_TIMED_OUT));
		}
	}

	private void confirm(String bookingId, Function<Booking, Pricing> pricing) {
		Booking requested = this.mongo.findById(bookingId, Booking.class);
		if (requested == null) {
			log.warn("Price for unknown booking {} ignored", bookingId);
			return;
		}
		if (requested.status() != BookingStatus.REQUESTED) {
			return;
		}
		ClientSnapshot client = this.lifecycle.clientNow(requested);
		Booking confirmed = this.store.change(bookingId, (booking) -> {
			if (booking.status() != BookingStatus.REQUESTED) {
				return booking;
			}
			Instant now = this.clock.instant();
			Pricing price = pricing.apply(booking);
			AppointmentConfirmed event = new AppointmentConfirmed(bookingId, booking.appointment(), client, price,
					this.manageLinks.url(booking), this.manageLinks.shortUrl(booking), now);
			return booking.confirmed(price, now).withEvent(this.outbox.entry(event, now));
		});
		if (confirmed.pricing() != null) {
			log.info("Booking {} is {} at {} ({})", bookingId, confirmed.status(), confirmed.pricing().finalPrice(),
					confirmed.pricing().source());
		}
	}

}
