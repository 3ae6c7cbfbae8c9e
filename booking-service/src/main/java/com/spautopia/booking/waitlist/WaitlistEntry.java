package com.spautopia.booking.waitlist;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client waiting for time to free up. Its status changes only by conditional
 * single-document updates (from waiting to left, expired or fulfilled); its manage token
 * is derived from its id, never stored.
 *
 * @param id the entry's id
 * @param status where the entry is
 * @param client the waiting client, as they joined
 * @param wish the time they would take
 * @param joinedAt when they joined: waiting clients are offered time in this order
 * @param endsAt the end of the wish's last day, when the entry expires
 * @param endedAt when it stopped waiting
 */
@Document(WaitlistEntry.COLLECTION)
@CompoundIndex(name = "waiting_for_treatment", def = "{'status': 1, 'wish.treatmentId': 1, 'joinedAt': 1}")
@CompoundIndex(name = "waiting_until", def = "{'status': 1, 'endsAt': 1}")
record WaitlistEntry(@Id String id, Status status, ClientSnapshot client, WaitlistWish wish, Instant joinedAt,
		Instant endsAt, @Nullable Instant endedAt) {

	static final String COLLECTION = "waitlist_entries";

	/**
	 * Where a waitlist entry is.
	 */
	enum Status {

		/** Waiting for time. */
		WAITING,

		/** The client left the waitlist. */
		LEFT,

		/** Its last day is over. */
		EXPIRED,

		/** The client took time offered to them. */
		FULFILLED

	}

}
