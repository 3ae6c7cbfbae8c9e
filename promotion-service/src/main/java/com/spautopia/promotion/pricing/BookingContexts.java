package com.spautopia.promotion.pricing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.client.ClientViews;
import com.spautopia.promotion.definition.BookingContext;

import org.springframework.stereotype.Component;

/**
 * Builds what promotion conditions look at from a booking request or a quote request: the
 * start in the spa's time zone and the client's visits and tags.
 */
@Component
class BookingContexts {

	private final ClientViews clients;

	BookingContexts(ClientViews clients) {
		this.clients = clients;
	}

	BookingContext of(AppointmentRequested request) {
		return of(request.appointment(), request.client(), request.requestedAt(),
				this.clients.findById(request.client().clientId()), request.fillsSlotFreedBy() != null);
	}

	/**
	 * What a requested booking is priced with, its client's view read already (with those
	 * of the rest of a batch).
	 * @param request the request
	 * @param view the client's view, if there is one
	 * @return the context
	 */
	BookingContext of(AppointmentRequested request, Optional<ClientView> view) {
		return of(request.appointment(), request.client(), request.requestedAt(), view,
				request.fillsSlotFreedBy() != null);
	}

	/**
	 * What a moved booking is priced with: the new time, booked when it was moved. A move
	 * books no freed time as far as pricing knows (only a request says so).
	 */
	BookingContext of(AppointmentRescheduled moved) {
		return of(moved.appointment(), moved.client(), moved.rescheduledAt(),
				this.clients.findById(moved.client().clientId()), false);
	}

	private BookingContext of(AppointmentDetails appointment, ClientSnapshot client, Instant bookedAt,
			Optional<ClientView> view, boolean fillsFreedSlot) {
		return new BookingContext(appointment.treatmentId(), inZone(appointment.start(), appointment.timeZone()),
				bookedAt, appointment.listPrice(), client.clientId(), view.map(ClientView::visits).orElse(0),
				tags(client.tags(), view), fillsFreedSlot);
	}

	/**
	 * What a quote is priced with: the appointment, and no client. A quote is public, so
	 * it never looks anyone up (a phone number sent with it is ignored); it books no
	 * freed time, so last-minute promotions do not show in it.
	 */
	BookingContext ofQuote(String treatmentId, OffsetDateTime start, ZoneId spaZone, Money listPrice, Instant now) {
		return new BookingContext(treatmentId, start.atZoneSameInstant(spaZone), now, listPrice, null, 0, Set.of(),
				false);
	}

	private static ZonedDateTime inZone(OffsetDateTime start, String timeZone) {
		try {
			return start.atZoneSameInstant(ZoneId.of(timeZone));
		}
		catch (DateTimeException ex) {
			return start.toZonedDateTime();
		}
	}

	private static Set<String> tags(Collection<String> eventTags, Optional<ClientView> view) {
		Set<String> tags = new HashSet<>(eventTags);
		view.ifPresent((client) -> tags.addAll(client.tags()));
		return tags;
	}

}
