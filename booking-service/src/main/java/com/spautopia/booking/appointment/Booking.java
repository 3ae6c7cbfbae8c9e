package com.spautopia.booking.appointment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.outbox.OutboxEntry;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.Pricing;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A booking and the events its changes produced that are not yet published. Every change
 * returns a new booking with its event appended to {@code outbox}; saving it is one
 * atomic single-document write.
 *
 * @param id the booking's id
 * @param version the optimistic-locking version; the outbox relay bumps it too
 * @param status where the booking is in its life
 * @param client the client as of booking
 * @param time what was booked, with whom, when and where
 * @param promoCode the promo code the client entered
 * @param pricing the final price, once confirmed
 * @param manageAccess what the booking keeps of its manage links: hashes, never a token
 * @param requestedAt when it was booked
 * @param confirmedAt when it was confirmed
 * @param clientConfirmedAt when the client replied to say they will come
 * @param cancellation why and when it was cancelled
 * @param closedAt when it was marked completed or no-show
 * @param movedLate whether it was ever moved inside the late-cancel window
 * @param idempotency the Idempotency-Key it was made with and the request's fingerprint,
 * if the client sent a key
 * @param outbox events not yet published, oldest first
 * @param outboxSince when the oldest of them happened; the outbox's pending flag, derived
 * from {@code outbox}
 * @param publishedAt when the outbox relay last published its events: for a requested
 * booking, when promotion-service could first see it, so the pricing timeout counts from
 * there
 * @param lateEvaluation promotion-service's evaluation when it arrived after the booking
 * was confirmed at list price
 * @param bookedByStaff the member of staff who booked for the client (their access
 * token's name), or none when the client booked online
 */
@Document("bookings")
@CompoundIndex(name = "client", def = "{'client.clientId': 1}")
@CompoundIndex(name = "pricing_due", def = "{'status': 1, 'publishedAt': 1}")
@CompoundIndex(name = "therapist_time", def = "{'time.therapistId': 1, 'time.start': 1}")
@CompoundIndex(name = "start", def = "{'time.start': 1}")
@CompoundIndex(name = "unconfirmed_start", def = "{'status': 1, 'clientConfirmedAt': 1, 'time.start': 1}")
@CompoundIndex(name = "client_start", def = "{'client.clientId': 1, 'time.start': -1}")
@CompoundIndex(name = "second_therapist_time", def = "{'time.secondTherapistId': 1, 'time.start': 1}",
		partialFilter = "{'time.secondTherapistId': {$exists: true}}")
@CompoundIndex(name = "room_time", def = "{'time.roomId': 1, 'time.start': 1}")
@CompoundIndex(name = "outbox_pending", def = "{'outboxSince': 1}", partialFilter = "{'outboxSince': {$exists: true}}")
@CompoundIndex(name = "short_code", def = "{'manageAccess.shortCodeHash': 1}", unique = true, sparse = true)
@CompoundIndex(name = "legacy_short_code", def = "{'manageAccess.legacyShortCodeHash': 1}", sparse = true)
@CompoundIndex(name = "idempotency_key", def = "{'idempotency.key': 1}", unique = true, sparse = true)
public record Booking(@Id String id, @Version @Nullable Long version, BookingStatus status, ClientSnapshot client,
		BookedTime time, @Nullable String promoCode, @Nullable Pricing pricing, ManageAccess manageAccess,
		Instant requestedAt, @Nullable Instant confirmedAt, @Nullable Instant clientConfirmedAt,
		@Nullable Cancellation cancellation, @Nullable Instant closedAt, boolean movedLate,
		@Nullable IdempotentRequest idempotency, List<OutboxEntry> outbox, @Nullable Instant outboxSince,
		@Nullable Instant publishedAt, @Nullable LateEvaluation lateEvaluation, @Nullable String bookedByStaff) {

	public Booking {
		outbox = List.copyOf(outbox);
		outboxSince = Outbox.pendingSince(outbox);
	}

	static Booking requested(String id, ClientSnapshot client, BookedTime time, @Nullable String promoCode,
			ManageAccess manageAccess, @Nullable IdempotentRequest idempotency, Instant at) {
		return requested(id, client, time, promoCode, manageAccess, idempotency, at, null);
	}

	static Booking requested(String id, ClientSnapshot client, BookedTime time, @Nullable String promoCode,
			ManageAccess manageAccess, @Nullable IdempotentRequest idempotency, Instant at,
			@Nullable String bookedByStaff) {
		return new Booking(id, null, BookingStatus.REQUESTED, client, time, promoCode, null, manageAccess, at, null,
				null, null, null, false, idempotency, List.of(), null, null, null, bookedByStaff);
	}

	public AppointmentDetails appointment() {
		return this.time.details();
	}

	Booking confirmed(Pricing pricing, Instant at) {
		return with((next) -> {
			next.status = BookingStatus.CONFIRMED;
			next.pricing = pricing;
			next.confirmedAt = at;
		});
	}

	/**
	 * The confirmed booking at another price; a confirmation the client gave stands (the
	 * appointment is the same).
	 * @param pricing the new price
	 */
	Booking repriced(Pricing pricing) {
		return with((next) -> next.pricing = pricing);
	}

	Booking withLateEvaluation(LateEvaluation evaluation) {
		return with((next) -> next.lateEvaluation = evaluation);
	}

	/**
	 * The booking at another time; a confirmation the client gave was for the old time.
	 * @param time the new time
	 * @param late whether the move was made inside the late-cancel window of the old time
	 */
	Booking movedTo(BookedTime time, boolean late) {
		return with((next) -> {
			next.time = time;
			next.clientConfirmedAt = null;
			next.movedLate = next.movedLate || late;
		});
	}

	Booking cancelled(Cancellation cancellation) {
		return with((next) -> {
			next.status = BookingStatus.CANCELLED;
			next.cancellation = cancellation;
		});
	}

	Booking closed(BookingStatus status, Instant at) {
		return with((next) -> {
			next.status = status;
			next.closedAt = at;
		});
	}

	Booking confirmedByClient(Instant at) {
		return with((next) -> next.clientConfirmedAt = at);
	}

	/**
	 * The booking with the language the client chose for its later messages.
	 * @param language {@code en} or {@code pl}
	 */
	Booking inLanguage(String language) {
		return with((next) -> next.client = next.client.withLanguage(language));
	}

	Booking withEvent(OutboxEntry event) {
		return with((next) -> next.outbox.add(event));
	}

	/**
	 * The booking without its client's personal data: the erased client in place of the
	 * snapshot, no free-text cancellation reason, and its events still waiting rewritten
	 * the same way.
	 * @param erased the client as erased
	 * @param scrub rewrites a waiting event without personal data
	 * @return the booking, or this booking when nothing personal was left
	 */
	Booking erased(ClientSnapshot erased, UnaryOperator<OutboxEntry> scrub) {
		Booking scrubbed = with((next) -> {
			next.client = erased;
			if (next.cancellation != null) {
				next.cancellation = next.cancellation.withoutReason();
			}
			next.outbox.replaceAll(scrub);
		});
		return scrubbed.equals(this) ? this : scrubbed;
	}

	Booking withVersion(@Nullable Long version) {
		return with((next) -> next.version = version);
	}

	private Booking with(Consumer<Changes> change) {
		Changes next = new Changes(this);
		change.accept(next);
		return next.booking();
	}

	/**
	 * A booking being changed: every field, settable, so that each change names only what
	 * it changes.
	 */
	private static final class Changes {

		private final String id;

		private @Nullable Long version;

		private BookingStatus status;

		private ClientSnapshot client;

		private BookedTime time;

		private final @Nullable String promoCode;

		private @Nullable Pricing pricing;

		private final ManageAccess manageAccess;

		private final Instant requestedAt;

		private @Nullable Instant confirmedAt;

		private @Nullable Instant clientConfirmedAt;

		private @Nullable Cancellation cancellation;

		private @Nullable Instant closedAt;

		private boolean movedLate;

		private final @Nullable IdempotentRequest idempotency;

		private final List<OutboxEntry> outbox;

		private final @Nullable Instant publishedAt;

		private @Nullable LateEvaluation lateEvaluation;

		private final @Nullable String bookedByStaff;

		private Changes(Booking booking) {
			this.id = booking.id;
			this.version = booking.version;
			this.status = booking.status;
			this.client = booking.client;
			this.time = booking.time;
			this.promoCode = booking.promoCode;
			this.pricing = booking.pricing;
			this.manageAccess = booking.manageAccess;
			this.requestedAt = booking.requestedAt;
			this.confirmedAt = booking.confirmedAt;
			this.clientConfirmedAt = booking.clientConfirmedAt;
			this.cancellation = booking.cancellation;
			this.closedAt = booking.closedAt;
			this.movedLate = booking.movedLate;
			this.idempotency = booking.idempotency;
			this.outbox = new ArrayList<>(booking.outbox);
			this.publishedAt = booking.publishedAt;
			this.lateEvaluation = booking.lateEvaluation;
			this.bookedByStaff = booking.bookedByStaff;
		}

		private Booking booking() {
			return new Booking(this.id, this.version, this.status, this.client, this.time, this.promoCode, this.pricing,
					this.manageAccess, this.requestedAt, this.confirmedAt, this.clientConfirmedAt, this.cancellation,
					this.closedAt, this.movedLate, this.idempotency, this.outbox, null, this.publishedAt,
					this.lateEvaluation, this.bookedByStaff);
		}

	}

}
