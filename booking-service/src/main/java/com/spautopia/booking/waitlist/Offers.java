package com.spautopia.booking.waitlist;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.spautopia.booking.appointment.BookedTime;
import com.spautopia.booking.appointment.OfferHolds;
import com.spautopia.booking.client.PhoneNumbers;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.waitlist.WaitlistOffer.FreedSlot;
import com.spautopia.booking.waitlist.WaitlistOffer.Status;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Offers freed time to waiting clients one at a time, in the order they joined
 * ({@link WaitlistLine}), when {@link OfferTiming} allows, each with the time held for
 * them alone ({@link OfferHolds}) until the offer expires; then to the next. Every change
 * of an offer is a conditional write on its document, with its event in the outbox.
 */
@Service
class Offers {

	private static final Logger log = LoggerFactory.getLogger(Offers.class);

	private static final int BATCH = 100;

	private static final int QUICK_ATTEMPTS = 4;

	private static final Duration QUICK_RETRY = Duration.ofMillis(250);

	private final MongoTemplate mongo;

	private final OfferHolds holds;

	private final Outbox outbox;

	private final WaitlistTokens tokens;

	private final SealedLinks sealed;

	private final SpaProperties spa;

	private final WaitlistProperties properties;

	private final OfferTiming timing;

	private final Clock clock;

	Offers(MongoTemplate mongo, OfferHolds holds, Outbox outbox, WaitlistTokens tokens,
			@Value("${spa.manage-links.sealing-key}") String sealingKey, SpaProperties spa,
			WaitlistProperties properties, Clock clock) {
		this.mongo = mongo;
		this.holds = holds;
		this.outbox = outbox;
		this.tokens = tokens;
		this.sealed = SealedLinks.withKey(sealingKey);
		this.spa = spa;
		this.properties = properties;
		this.timing = new OfferTiming(properties.hold(), spa.minimumNotice(), properties.quietHours().start(),
				properties.quietHours().end());
		this.clock = clock;
	}

	/**
	 * Starts offering freed time, once per event.
	 * @param eventId the SlotFreed event's id
	 * @param event the event
	 */
	void freed(String eventId, SlotFreed event) {
		AppointmentDetails time = event.freed();
		FreedSlot freed = new FreedSlot(time.treatmentId(), time.therapistId(), time.start().toInstant(),
				time.end().toInstant(), time.timeZone());
		String id = derivedId("slot-freed:" + eventId);
		try {
			this.mongo.insert(WaitlistOffer.pending(id, event.bookingId(), freed, phoneOf(event.bookingId()), List.of(),
					this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			log.debug("SlotFreed {} is already being offered", eventId);
		}
		// the event may arrive before its booking's hold is freed (a separate write just
		// after the booking's): look again shortly before leaving it to the sweeper
		for (int attempt = 1; offer(id) == Outcome.NOT_FREE_YET && attempt < QUICK_ATTEMPTS; attempt++) {
			try {
				Thread.sleep(QUICK_RETRY.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Ends the offers whose hold is over and offers their time to the next client.
	 * @return how many expired
	 */
	int expireDue() {
		Instant now = this.clock.instant();
		Query due = Query.query(Criteria.where("status").is(Status.OFFERED).and("expiresAt").lte(now))
			.with(Sort.by("expiresAt"))
			.limit(BATCH);
		int expired = 0;
		for (WaitlistOffer offer : this.mongo.find(due, WaitlistOffer.class)) {
			if (end(offer, Status.EXPIRED, WaitlistOfferEnded.Outcome.EXPIRED, now)) {
				expired++;
				List<String> offeredBefore = new ArrayList<>(offer.offeredBefore());
				offeredBefore.add(offer.entryId());
				String next = derivedId("next:" + offer.id());
				try {
					this.mongo.insert(WaitlistOffer.pending(next, offer.freedBookingId(), offer.freed(),
							offer.freedByPhone(), offeredBefore, now));
				}
				catch (DuplicateKeyException ex) {
					continue;
				}
				offer(next);
			}
		}
		return expired;
	}

	/**
	 * Makes the offers whose time has come: deferred out of quiet hours, or waiting for
	 * the time to be free.
	 * @return how many were looked at
	 */
	int offerDue() {
		Query due = Query.query(Criteria.where("status").is(Status.PENDING).and("offerAt").lte(this.clock.instant()))
			.with(Sort.by("offerAt"))
			.limit(BATCH);
		List<WaitlistOffer> pending = this.mongo.find(due, WaitlistOffer.class);
		pending.forEach((offer) -> offer(offer.id()));
		return pending.size();
	}

	/**
	 * Offers a pending round's time to the next client, defers it, or closes it.
	 */
	Outcome offer(String id) {
		WaitlistOffer offer = this.mongo.findById(id, WaitlistOffer.class);
		if (offer == null || offer.status() != Status.PENDING) {
			return Outcome.DONE;
		}
		Instant now = this.clock.instant();
		FreedSlot freed = offer.freed();
		ZoneId zone = ZoneId.of(freed.timeZone());
		Optional<Instant> at = this.timing.offerAt(freed.start(), now, zone);
		if (at.isEmpty()) {
			close(offer, "too close to its start");
			return Outcome.DONE;
		}
		if (at.get().isAfter(now)) {
			pendingUpdate(offer, new Update().set("offerAt", at.get()));
			return Outcome.DEFERRED;
		}
		Query waitingFor = Query
			.query(Criteria.where("status")
				.is(WaitlistEntry.Status.WAITING)
				.and("wish.treatmentId")
				.is(freed.treatmentId()))
			.with(Sort.by("joinedAt"));
		List<WaitlistEntry> waiting = this.mongo.find(waitingFor, WaitlistEntry.class);
		Set<String> passed = new HashSet<>(offer.offeredBefore());
		while (true) {
			Optional<WaitlistEntry> next = WaitlistLine.next(waiting, freed.treatmentId(), List.of(freed.therapistId()),
					freed.start().atZone(zone).toLocalDateTime(), freed.end().atZone(zone).toLocalDateTime(),
					offer.freedByPhone(), passed);
			if (next.isEmpty()) {
				close(offer, "nobody waiting for it");
				return Outcome.DONE;
			}
			WaitlistEntry entry = next.get();
			String holdId = UUID.randomUUID().toString();
			OfferHolds.Hold hold = this.holds.hold(freed.treatmentId(), freed.start(), entry.wish().therapistId(),
					freed.therapistId(), entry.client().phone(), holdId);
			if (hold.time() != null) {
				if (!made(offer, entry, holdId, hold.time(), now)) {
					this.holds.release(hold.time(), holdId, entry.client().phone());
				}
				return Outcome.DONE;
			}
			if (!hold.clientBusy()) {
				notFreeYet(offer, now);
				return Outcome.NOT_FREE_YET;
			}
			passed.add(entry.id());
		}
	}

	private boolean made(WaitlistOffer offer, WaitlistEntry entry, String holdId, BookedTime held, Instant now) {
		Instant expiresAt = this.timing.expiresAt(now);
		String link = this.properties.claimUrl() + "?offer=" + offer.id() + "&token="
				+ this.tokens.offerToken(offer.id());
		WaitlistOfferMade event = new WaitlistOfferMade(offer.id(), offer.freedBookingId(), entry.id(), held.details(),
				entry.client(), this.sealed.seal(link, offer.id()), expiresAt, now);
		Update update = new Update().set("status", Status.OFFERED)
			.set("entryId", entry.id())
			.set("client", entry.client())
			.set("holdId", holdId)
			.set("held", held)
			.set("offeredAt", now)
			.set("expiresAt", expiresAt);
		if (!pendingUpdate(offer, Outbox.append(update, this.outbox.entry(event, now)))) {
			return false;
		}
		this.outbox.written();
		log.info("Offer {}: time of booking {} at {} offered to {} until {}", offer.id(), offer.freedBookingId(),
				held.start(), PhoneNumbers.mask(entry.client().phone()), expiresAt);
		return true;
	}

	/**
	 * Ends a live offer and frees the time held for it.
	 */
	private boolean end(WaitlistOffer offer, Status status, WaitlistOfferEnded.Outcome outcome, Instant now) {
		WaitlistOfferEnded event = new WaitlistOfferEnded(offer.id(), offer.freedBookingId(), offer.entryId(), outcome,
				null, now);
		Query live = Query.query(Criteria.where("_id").is(offer.id()).and("status").is(Status.OFFERED));
		if (status == Status.EXPIRED) {
			live.addCriteria(Criteria.where("expiresAt").lte(now));
		}
		Update update = Outbox.append(new Update().set("status", status).set("endedAt", now),
				this.outbox.entry(event, now));
		if (this.mongo.updateFirst(live, update, WaitlistOffer.class).getModifiedCount() != 1) {
			return false;
		}
		this.outbox.written();
		this.holds.release(offer.held(), offer.holdId(), offer.client().phone());
		log.info("Offer {} {}", offer.id(), outcome);
		return true;
	}

	private void notFreeYet(WaitlistOffer offer, Instant now) {
		if (offer.attempts() + 1 >= this.properties.attempts()) {
			close(offer, "its time did not become free");
			return;
		}
		pendingUpdate(offer, new Update().inc("attempts", 1).set("offerAt", now.plus(this.properties.retryInterval())));
	}

	private void close(WaitlistOffer offer, String why) {
		if (pendingUpdate(offer, new Update().set("status", Status.CLOSED).set("endedAt", this.clock.instant()))) {
			log.info("Time of booking {} at {} not offered: {}", offer.freedBookingId(), offer.freed().start(), why);
		}
	}

	private boolean pendingUpdate(WaitlistOffer offer, Update update) {
		Query pending = Query.query(Criteria.where("_id").is(offer.id()).and("status").is(Status.PENDING));
		return this.mongo.updateFirst(pending, update, WaitlistOffer.class).getModifiedCount() == 1;
	}

	private String phoneOf(String bookingId) {
		Query query = Query.query(Criteria.where("_id").is(bookingId));
		query.fields().include("client.phone");
		Document booking = this.mongo.findOne(query, Document.class, "bookings");
		Document client = (booking != null) ? booking.get("client", Document.class) : null;
		return (client != null) ? client.getString("phone") : null;
	}

	/**
	 * What became of a pending round.
	 */
	enum Outcome {

		/** Offered, closed, or no longer pending. */
		DONE,

		/** Waiting for the end of quiet hours. */
		DEFERRED,

		/** The time is not free (yet): tried again later. */
		NOT_FREE_YET

	}

	private static String derivedId(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
