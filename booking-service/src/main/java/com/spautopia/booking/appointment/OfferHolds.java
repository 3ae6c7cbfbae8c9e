package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Catalog;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentRequested;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Holds freed time for the one waiting client it is offered to, as a booking holds its
 * time ({@link BookingTimes}): the client's, a room's and the therapists', under the id
 * the booking will have if the client takes the offer. Held so, the time is neither shown
 * on the booking page nor bookable by anyone else, and the hold sweeper keeps it while
 * the offer lives (it finds the offer by that id).
 */
@Component
public class OfferHolds {

	private static final Logger log = LoggerFactory.getLogger(OfferHolds.class);

	private final Catalog catalog;

	private final Availability availability;

	private final BookingTimes times;

	private final SpaProperties spa;

	private final BookingStore store;

	private final ManageLinks manageLinks;

	private final Outbox outbox;

	private final Clock clock;

	OfferHolds(Catalog catalog, Availability availability, BookingTimes times, SpaProperties spa, BookingStore store,
			ManageLinks manageLinks, Outbox outbox, Clock clock) {
		this.catalog = catalog;
		this.availability = availability;
		this.times = times;
		this.spa = spa;
		this.store = store;
		this.manageLinks = manageLinks;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Books time held for an offer, for the client offered it, under the id it is held
	 * under: the usual booking (AppointmentRequested, saying which freed time it fills,
	 * then priced and confirmed). Booking it again gives the same booking.
	 * @param holdId the id the time is held under, the booking's id
	 * @param held the time held
	 * @param client the client offered it
	 * @param freedBookingId the booking whose time it was
	 * @return the booking and its manage token
	 */
	public Claimed book(String holdId, BookedTime held, ClientSnapshot client, String freedBookingId) {
		Instant now = this.clock.instant();
		Booking booking = Booking.requested(holdId, client, held, null, this.manageLinks.access(holdId), null, now);
		AppointmentRequested event = new AppointmentRequested(holdId, booking.appointment(), client, null, now, null,
				freedBookingId);
		Booking stored;
		try {
			stored = this.store.insert(booking.withEvent(this.outbox.entry(event, now)));
			log.info("Booking {} requested from a waitlist offer: {} at {}", holdId, held.treatmentId(), held.start());
		}
		catch (DuplicateKeyException ex) {
			stored = this.store.get(holdId);
		}
		return new Claimed(stored, this.manageLinks.token(stored));
	}

	/**
	 * Holds the time of a treatment at a start for a client.
	 * @param treatmentId the treatment
	 * @param start its start
	 * @param therapistId the therapist the client asked for, or null for any
	 * @param preferredTherapistId the therapist whose time was freed, tried first
	 * @param clientPhone the client's phone in E.164 form
	 * @param holdId the id the booking will have
	 * @return what is held, or why nothing is
	 */
	public Hold hold(String treatmentId, Instant start, @Nullable String therapistId, String preferredTherapistId,
			String clientPhone, String holdId) {
		Treatment treatment = this.catalog.current().treatment(treatmentId).orElse(null);
		if (treatment == null) {
			return new Hold(null, false);
		}
		LocalDate date = start.atZone(this.spa.timeZone()).toLocalDate();
		List<Slot> free = new ArrayList<>(this.availability
			.leastBookedFirst(this.availability.slotsAt(treatment, start, date, therapistId, null), date));
		if (free.isEmpty()) {
			return new Hold(null, false);
		}
		free.sort(Comparator.comparing((Slot slot) -> !slot.therapistIds().contains(preferredTherapistId)));
		try {
			Held held = this.times.claim(treatment, free, holdId, clientPhone, null);
			Slot slot = held.slot();
			return new Hold(
					new BookedTime(treatment.id(), treatment.name(), slot.therapistId(), slot.therapistName(),
							held.start(), held.end(), this.spa.timeZone().getId(), treatment.price(),
							slot.secondTherapistId(), slot.secondTherapistName(), held.room().id(), held.room().name()),
					false);
		}
		catch (ErrorResponseException ex) {
			return new Hold(null, String.valueOf(ex.getBody().getType()).endsWith("client-busy"));
		}
	}

	/**
	 * Frees time held for an offer.
	 * @param time the time held
	 * @param holdId the id it is held under
	 * @param clientPhone the client's phone
	 */
	public void release(BookedTime time, String holdId, String clientPhone) {
		this.times.release(time, holdId, clientPhone);
	}

	/**
	 * A booking made from an offer.
	 *
	 * @param booking the booking
	 * @param manageToken its manage token, for the client
	 */
	public record Claimed(Booking booking, String manageToken) {
	}

	/**
	 * Time held for an offer, or why none is.
	 *
	 * @param time the time held, or null
	 * @param clientBusy whether the client is booked elsewhere then (rather than the time
	 * being taken or not free yet)
	 */
	public record Hold(@Nullable BookedTime time, boolean clientBusy) {
	}

}
