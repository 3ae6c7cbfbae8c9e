package com.spautopia.booking.waitlist;

import java.time.Clock;
import java.time.Instant;

import com.spautopia.booking.appointment.OfferHolds;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.waitlist.WaitlistOffer.Status;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.booking.WaitlistOfferEnded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A client takes the time offered to them, with the offer's token: the offer ends CLAIMED
 * in one conditional write (only while it is offered and its hold has not run out, so it
 * cannot also expire), then the time held is booked under the id it is held by, so
 * however often or concurrently the claim comes, there is one booking.
 */
@Service
class OfferClaims {

	private static final Logger log = LoggerFactory.getLogger(OfferClaims.class);

	private final MongoTemplate mongo;

	private final OfferHolds holds;

	private final Outbox outbox;

	private final WaitlistTokens tokens;

	private final Clock clock;

	OfferClaims(MongoTemplate mongo, OfferHolds holds, Outbox outbox, WaitlistTokens tokens, Clock clock) {
		this.mongo = mongo;
		this.holds = holds;
		this.outbox = outbox;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Books the time of an offer for its client.
	 * @param offerId the offer
	 * @param token its token
	 * @return the booking
	 * @throws org.springframework.web.ErrorResponseException 404 when there is no such
	 * offer or the token is not its; 410 when the offer has ended otherwise
	 */
	OfferHolds.Claimed claim(String offerId, @Nullable String token) {
		WaitlistOffer offer = offer(offerId, token);
		boolean taken = offer.status() == Status.CLAIMED || (offer.status() == Status.OFFERED && claimed(offer));
		if (!taken) {
			WaitlistOffer now = this.mongo.findById(offerId, WaitlistOffer.class);
			// another request of the client's may have claimed it meanwhile
			if (now == null || now.status() != Status.CLAIMED) {
				throw Problems.of(HttpStatus.GONE, "waitlist-offer-ended",
						"This offer has ended: the time was held for you until " + offer.expiresAt() + ".");
			}
		}
		OfferHolds.Claimed booked = this.holds.book(offer.holdId(), offer.held(), offer.client(),
				offer.freedBookingId());
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(offer.entryId()).and("status").is(WaitlistEntry.Status.WAITING)),
				new Update().set("status", WaitlistEntry.Status.FULFILLED).set("endedAt", this.clock.instant()),
				WaitlistEntry.class);
		return booked;
	}

	/**
	 * An offer made to a client, as their link shows it.
	 * @param offerId the offer
	 * @param token its token
	 * @return the offer
	 * @throws org.springframework.web.ErrorResponseException 404 when there is no such
	 * offer or the token is not its
	 */
	WaitlistOffer offer(String offerId, @Nullable String token) {
		WaitlistOffer offer = this.tokens.isOfferToken(offerId, token)
				? this.mongo.findById(offerId, WaitlistOffer.class) : null;
		if (offer == null || offer.status() == Status.PENDING || offer.holdId() == null || offer.held() == null) {
			throw Problems.of(HttpStatus.NOT_FOUND, "waitlist-offer-not-found",
					"There is no offer '" + offerId + "' for this link.");
		}
		return offer;
	}

	private boolean claimed(WaitlistOffer offer) {
		Instant now = this.clock.instant();
		WaitlistOfferEnded event = new WaitlistOfferEnded(offer.id(), offer.freedBookingId(), offer.entryId(),
				WaitlistOfferEnded.Outcome.CLAIMED, offer.holdId(), now);
		Query live = Query
			.query(Criteria.where("_id").is(offer.id()).and("status").is(Status.OFFERED).and("expiresAt").gt(now));
		Update update = Outbox.append(new Update().set("status", Status.CLAIMED).set("endedAt", now),
				this.outbox.entry(event, now));
		if (this.mongo.updateFirst(live, update, WaitlistOffer.class).getModifiedCount() != 1) {
			return false;
		}
		this.outbox.written();
		log.info("Offer {} claimed: booking {}", offer.id(), offer.holdId());
		return true;
	}

}
