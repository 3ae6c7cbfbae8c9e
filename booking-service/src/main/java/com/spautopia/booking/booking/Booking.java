package com.spautopia.booking.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.spautopia.booking.outbox.OutboxEntry;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.Pricing;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A booking and the events its changes produced that are not yet published. Every change
 * returns a new booking with its event appended to {@code outbox}; saving it is one
 * atomic single-document write.
 */
@Document("bookings")
public record Booking(@Id String id, @Version @Nullable Long version, @Indexed BookingStatus status,
		ClientSnapshot client, String treatmentId, String treatmentName, String therapistId, String therapistName,
		Instant start, Instant end, String timeZone, Money listPrice, @Nullable String promoCode,
		@Nullable Pricing pricing, String manageToken, Instant requestedAt, @Nullable Instant confirmedAt,
		List<OutboxEntry> outbox) {

	public Booking {
		outbox = List.copyOf(outbox);
	}

	public AppointmentDetails appointment() {
		ZoneId zone = ZoneId.of(this.timeZone);
		return new AppointmentDetails(this.treatmentId, this.treatmentName, this.therapistId, this.therapistName,
				this.start.atZone(zone).toOffsetDateTime(), this.end.atZone(zone).toOffsetDateTime(), this.timeZone,
				this.listPrice);
	}

	Booking confirmed(Pricing pricing, Instant at, OutboxEntry event) {
		return new Booking(this.id, this.version, BookingStatus.CONFIRMED, this.client, this.treatmentId,
				this.treatmentName, this.therapistId, this.therapistName, this.start, this.end, this.timeZone,
				this.listPrice, this.promoCode, pricing, this.manageToken, this.requestedAt, at, append(event));
	}

	Booking withEvent(OutboxEntry event) {
		return new Booking(this.id, this.version, this.status, this.client, this.treatmentId, this.treatmentName,
				this.therapistId, this.therapistName, this.start, this.end, this.timeZone, this.listPrice,
				this.promoCode, this.pricing, this.manageToken, this.requestedAt, this.confirmedAt, append(event));
	}

	Booking withVersion(@Nullable Long version) {
		return new Booking(this.id, version, this.status, this.client, this.treatmentId, this.treatmentName,
				this.therapistId, this.therapistName, this.start, this.end, this.timeZone, this.listPrice,
				this.promoCode, this.pricing, this.manageToken, this.requestedAt, this.confirmedAt, this.outbox);
	}

	private List<OutboxEntry> append(OutboxEntry event) {
		List<OutboxEntry> events = new ArrayList<>(this.outbox);
		events.add(event);
		return events;
	}

}
