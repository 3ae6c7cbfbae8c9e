package com.spautopia.booking.waitlist;

import java.time.Instant;
import java.util.List;

import com.spautopia.booking.appointment.BookedTime;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.outbox.OutboxEntry;
import com.spautopia.events.ClientSnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One round of offering freed time: first pending (waiting to be offered, deferred out of
 * quiet hours or until the time is free), then offered to one waiting client with the
 * time held for them, until it is claimed, expires or is withdrawn; then the next round
 * (a new document) offers the time to the next client. A round nobody can be offered ends
 * CLOSED. Each change is a conditional single-document write; its events sit in the
 * outbox.
 *
 * @param id the offer's id (derived from the freed time's event and the round, so a
 * redelivered event or a second sweeper makes no second round)
 * @param status where the round is
 * @param freedBookingId the booking whose time was freed
 * @param freed the freed time
 * @param freedByPhone the phone of the client who freed it (never offered it back)
 * @param offeredBefore the entries earlier rounds offered the time to
 * @param offerAt when to try to offer it (pending rounds)
 * @param attempts how often the time was found not yet free
 * @param entryId the entry offered the time
 * @param client the client offered it
 * @param holdId the id the time is held under: the booking's id if it is claimed
 * @param held the time held for the client
 * @param offeredAt when it was offered
 * @param expiresAt when the hold ends
 * @param endedAt when the offer ended
 * @param outbox events not yet published
 * @param outboxSince the outbox's pending flag
 */
@Document(WaitlistOffer.COLLECTION)
@CompoundIndex(name = "due", def = "{'status': 1, 'offerAt': 1}")
@CompoundIndex(name = "offered_until", def = "{'status': 1, 'expiresAt': 1}")
@CompoundIndex(name = "hold", def = "{'holdId': 1}", sparse = true)
@CompoundIndex(name = "outbox_pending", def = "{'outboxSince': 1}", partialFilter = "{'outboxSince': {$exists: true}}")
record WaitlistOffer(@Id String id, Status status, String freedBookingId, FreedSlot freed,
		@Nullable String freedByPhone, List<String> offeredBefore, Instant offerAt, int attempts,
		@Nullable String entryId, @Nullable ClientSnapshot client, @Nullable String holdId, @Nullable BookedTime held,
		@Nullable Instant offeredAt, @Nullable Instant expiresAt, @Nullable Instant endedAt, List<OutboxEntry> outbox,
		@Nullable Instant outboxSince) {

	static final String COLLECTION = "waitlist_offers";

	WaitlistOffer {
		offeredBefore = List.copyOf(offeredBefore);
		outbox = List.copyOf(outbox);
		outboxSince = Outbox.pendingSince(outbox);
	}

	static WaitlistOffer pending(String id, String freedBookingId, FreedSlot freed, @Nullable String freedByPhone,
			List<String> offeredBefore, Instant offerAt) {
		return new WaitlistOffer(id, Status.PENDING, freedBookingId, freed, freedByPhone, offeredBefore, offerAt, 0,
				null, null, null, null, null, null, null, List.of(), null);
	}

	/**
	 * Where an offer is.
	 */
	enum Status {

		/** Waiting to be offered. */
		PENDING,

		/** Offered to a client, the time held for them. */
		OFFERED,

		/** The client took it. */
		CLAIMED,

		/** The client did not take it in time. */
		EXPIRED,

		/** The time could no longer be given. */
		WITHDRAWN,

		/** Nobody could be offered the time. */
		CLOSED

	}

	/**
	 * Freed time.
	 *
	 * @param treatmentId the treatment booked there
	 * @param therapistId its therapist
	 * @param start the start
	 * @param end the end
	 * @param timeZone the spa's time zone
	 */
	record FreedSlot(String treatmentId, String therapistId, Instant start, Instant end, String timeZone) {
	}

}
