package com.spautopia.booking.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.catalog.TreatmentRepository;
import com.spautopia.booking.client.Client;
import com.spautopia.booking.client.ClientDirectory;
import com.spautopia.booking.client.PhoneNumbers;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.TherapistSchedule;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.security.RateLimiter;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.AppointmentRequested;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes bookings: checks the request against the catalog and the rules of availability,
 * holds the therapist's time with an atomic claim, and stores the booking together with
 * its AppointmentRequested event.
 */
@Service
class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final TreatmentRepository treatments;

	private final Availability availability;

	private final TherapistSchedule schedule;

	private final ClientDirectory clients;

	private final BookingStore store;

	private final SpaProperties spa;

	private final PhoneNumbers phoneNumbers;

	private final ManageLinks manageLinks;

	private final Outbox outbox;

	private final Clock clock;

	private final RateLimiter rateLimiter;

	BookingService(TreatmentRepository treatments, Availability availability, TherapistSchedule schedule,
			ClientDirectory clients, BookingStore store, SpaProperties spa, ManageLinks manageLinks, Outbox outbox,
			Clock clock, RateLimiter rateLimiter) {
		this.treatments = treatments;
		this.availability = availability;
		this.schedule = schedule;
		this.clients = clients;
		this.store = store;
		this.spa = spa;
		this.phoneNumbers = new PhoneNumbers(spa.defaultRegion());
		this.manageLinks = manageLinks;
		this.outbox = outbox;
		this.clock = clock;
		this.rateLimiter = rateLimiter;
	}

	Booking book(BookingRequest request) {
		Treatment treatment = this.treatments.findById(request.treatmentId())
			.orElseThrow(() -> Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-treatment", "treatmentId",
					"There is no treatment '" + request.treatmentId() + "'."));
		String phone = this.phoneNumbers.toE164(request.client().phone())
			.orElseThrow(() -> Problems.field(HttpStatus.BAD_REQUEST, "invalid-phone", "client.phone",
					"'" + request.client().phone() + "' is not a valid phone number."));
		this.rateLimiter.checkPhone(phone);
		if (request.therapistId() != null && this.availability.therapist(request.therapistId()).isEmpty()) {
			throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-therapist", "therapistId",
					"There is no therapist '" + request.therapistId() + "'.");
		}
		Instant start = request.start().toInstant();
		LocalDate date = start.atZone(this.spa.timeZone()).toLocalDate();
		List<Slot> free = this.availability.slotsAt(treatment, start, date, request.therapistId(), null);
		if (free.isEmpty()) {
			throw notBookable(treatment, start, date, request);
		}
		String bookingId = UUID.randomUUID().toString();
		Slot slot = claimFirst(free, bookingId, date).orElseThrow(BookingService::slotTaken);
		try {
			Client client = this.clients.register(request.client().name().strip(), phone, request.client().email(),
					new Consents(request.client().smsConsent(), request.client().marketingConsent(),
							request.client().marketingConsent()));
			Booking booking = requested(bookingId, treatment, slot, client, request.promoCode());
			Booking stored = this.store.insert(booking);
			log.info("Booking {} requested: {} with {} at {}", bookingId, treatment.id(), slot.therapistId(),
					slot.start());
			return stored;
		}
		catch (RuntimeException ex) {
			this.schedule.release(slot.therapistId(), date, bookingId, slot.start().toInstant());
			throw ex;
		}
	}

	private Optional<Slot> claimFirst(List<Slot> free, String bookingId, LocalDate date) {
		for (Slot slot : free) {
			Reservation reservation = new Reservation(bookingId, slot.start().toInstant(),
					slot.end().toInstant().plus(this.spa.cleanupBuffer()));
			if (this.schedule.claim(slot.therapistId(), date, reservation)) {
				return Optional.of(slot);
			}
		}
		return Optional.empty();
	}

	private Booking requested(String bookingId, Treatment treatment, Slot slot, Client client,
			@Nullable String promoCode) {
		Instant now = this.clock.instant();
		BookedTime time = new BookedTime(treatment.id(), treatment.name(), slot.therapistId(), slot.therapistName(),
				slot.start().toInstant(), slot.end().toInstant(), this.spa.timeZone().getId(), treatment.price());
		Booking booking = Booking.requested(bookingId, client.snapshot(), time, promoCode, this.manageLinks.newToken(),
				now);
		AppointmentRequested event = new AppointmentRequested(bookingId, booking.appointment(), booking.client(),
				promoCode, now);
		return booking.withEvent(this.outbox.entry(event, now));
	}

	private RuntimeException notBookable(Treatment treatment, Instant start, LocalDate date, BookingRequest request) {
		if (this.availability.isOnOffer(treatment, start, date, request.therapistId())) {
			return slotTaken();
		}
		return Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "time-not-bookable", "start",
				request.start() + " is not a bookable start time for " + treatment.name()
						+ ": see GET /api/availability for free times.");
	}

	private static RuntimeException slotTaken() {
		return Problems.of(HttpStatus.CONFLICT, "slot-taken", "That time has just been taken. Please choose another.");
	}

}
