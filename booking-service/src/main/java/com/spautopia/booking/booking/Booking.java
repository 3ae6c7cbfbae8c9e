package com.spautopia.booking.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.spautopia.booking.outbox.OutboxEntry;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.Pricing;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
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
 * @param time what was booked, with whom and when
 * @param promoCode the promo code the client entered
 * @param pricing the final price, once confirmed
 * @param manageToken the secret that lets the client manage the booking
 * @param requestedAt when it was booked
 * @param confirmedAt when it was confirmed
 * @param clientConfirmedAt when the client replied to say they will come
 * @param cancellation why and when it was cancelled
 * @param closedAt when it was marked completed or no-show
 * @param outbox events not yet published, oldest first
 */
@Document("bookings")
@CompoundIndex(name = "client", def = "{'client.clientId': 1}")
public record Booking(@Id String id, @Version @Nullable Long version, @Indexed BookingStatus status,
		ClientSnapshot client, BookedTime time, @Nullable String promoCode, @Nullable Pricing pricing,
		String manageToken, @Indexed Instant requestedAt, @Nullable Instant confirmedAt,
		@Nullable Instant clientConfirmedAt, @Nullable Cancellation cancellation, @Nullable Instant closedAt,
		List<OutboxEntry> outbox) {

	public Booking {
		outbox = List.copyOf(outbox);
	}

	static Booking requested(String id, ClientSnapshot client, BookedTime time, @Nullable String promoCode,
			String manageToken, Instant at) {
		return new Booking(id, null, BookingStatus.REQUESTED, client, time, promoCode, null, manageToken, at, null,
				null, null, null, List.of());
	}

	public AppointmentDetails appointment() {
		return this.time.details();
	}

	Booking confirmed(Pricing pricing, Instant at) {
		return new Booking(this.id, this.version, BookingStatus.CONFIRMED, this.client, this.time, this.promoCode,
				pricing, this.manageToken, this.requestedAt, at, this.clientConfirmedAt, this.cancellation,
				this.closedAt, this.outbox);
	}

	Booking movedTo(BookedTime time) {
		return new Booking(this.id, this.version, this.status, this.client, time, this.promoCode, this.pricing,
				this.manageToken, this.requestedAt, this.confirmedAt, null, this.cancellation, this.closedAt,
				this.outbox);
	}

	Booking cancelled(Cancellation cancellation) {
		return new Booking(this.id, this.version, BookingStatus.CANCELLED, this.client, this.time, this.promoCode,
				this.pricing, this.manageToken, this.requestedAt, this.confirmedAt, this.clientConfirmedAt,
				cancellation, this.closedAt, this.outbox);
	}

	Booking closed(BookingStatus status, Instant at) {
		return new Booking(this.id, this.version, status, this.client, this.time, this.promoCode, this.pricing,
				this.manageToken, this.requestedAt, this.confirmedAt, this.clientConfirmedAt, this.cancellation, at,
				this.outbox);
	}

	Booking confirmedByClient(Instant at) {
		return new Booking(this.id, this.version, this.status, this.client, this.time, this.promoCode, this.pricing,
				this.manageToken, this.requestedAt, this.confirmedAt, at, this.cancellation, this.closedAt,
				this.outbox);
	}

	Booking withEvent(OutboxEntry event) {
		List<OutboxEntry> events = new ArrayList<>(this.outbox);
		events.add(event);
		return new Booking(this.id, this.version, this.status, this.client, this.time, this.promoCode, this.pricing,
				this.manageToken, this.requestedAt, this.confirmedAt, this.clientConfirmedAt, this.cancellation,
				this.closedAt, events);
	}

	Booking withVersion(@Nullable Long version) {
		return new Booking(this.id, version, this.status, this.client, this.time, this.promoCode, this.pricing,
				this.manageToken, this.requestedAt, this.confirmedAt, this.clientConfirmedAt, this.cancellation,
				this.closedAt, this.outbox);
	}

}
