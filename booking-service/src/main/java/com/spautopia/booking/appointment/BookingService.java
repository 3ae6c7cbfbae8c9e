package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Catalog;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.client.Client;
import com.spautopia.booking.client.ClientDirectory;
import com.spautopia.booking.client.AcceptedPhones;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.security.RateLimiter;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentRequested;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes bookings: checks the request against the catalog and the rules of availability,
 * holds the client's, a room's and the therapists' time ({@link BookingTimes}), and only
 * then stores the booking together with its AppointmentRequested event and its
 * Idempotency-Key in one write, so that key and booking can never part and no booking
 * ever exists without all of its time.
 */
@Service
class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final Catalog catalog;

	private final Availability availability;

	private final BookingTimes times;

	private final ClientDirectory clients;

	private final BookingStore store;

	private final SpaProperties spa;

	private final AcceptedPhones acceptedPhones;

	private final ManageLinks manageLinks;

	private final Outbox outbox;

	private final Clock clock;

	private final RateLimiter rateLimiter;

	private final ErasedClientBookings erasedBookings;

	BookingService(Catalog catalog, Availability availability, BookingTimes times, ClientDirectory clients,
			BookingStore store, SpaProperties spa, ManageLinks manageLinks, Outbox outbox, Clock clock,
			RateLimiter rateLimiter, ErasedClientBookings erasedBookings, AcceptedPhones acceptedPhones) {
		this.catalog = catalog;
		this.availability = availability;
		this.times = times;
		this.clients = clients;
		this.store = store;
		this.spa = spa;
		this.acceptedPhones = acceptedPhones;
		this.manageLinks = manageLinks;
		this.outbox = outbox;
		this.clock = clock;
		this.rateLimiter = rateLimiter;
		this.erasedBookings = erasedBookings;
	}

	/**
	 * Books, once per Idempotency-Key: the same key and body give the booking made
	 * before, the same key with another body is refused.
	 * @param request the request
	 * @param idempotencyKey the client's key, or null
	 * @param staff the member of staff booking for the client, or null when the client
	 * books online
	 * @return the booking, made now or before
	 */
	Booking book(BookingRequest request, @Nullable String idempotencyKey, @Nullable String staff) {
		IdempotentRequest idempotent = (idempotencyKey != null) ? IdempotentRequest.of(idempotencyKey, request) : null;
		if (idempotent != null) {
			Optional<Booking> earlier = this.store.findByIdempotencyKey(idempotent.key());
			if (earlier.isPresent()) {
				return idempotent.replay(earlier.get());
			}
		}
		Treatment treatment = this.catalog.current()
			.treatment(request.treatmentId())
			.orElseThrow(() -> Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-treatment", "treatmentId",
					"There is no treatment '" + request.treatmentId() + "'."));
		String phone = this.acceptedPhones.e164(request.client().phone());
		this.rateLimiter.checkPhone(phone);
		if (request.therapistId() != null && this.availability.therapist(request.therapistId()).isEmpty()) {
			throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-therapist", "therapistId",
					"There is no therapist '" + request.therapistId() + "'.");
		}
		Instant start = request.start().toInstant();
		LocalDate date = start.atZone(this.spa.timeZone()).toLocalDate();
		List<Slot> free = this.availability.slotsAt(treatment, start, date, request.therapistId(), null);
		if (free.isEmpty()) {
			throw this.times.notBookable(treatment, start, date, request.therapistId(), request.start());
		}
		String bookingId = UUID.randomUUID().toString();
		Held held;
		try {
			held = this.times.claim(treatment, this.availability.leastBookedFirst(free, date), bookingId, phone, null);
		}
		catch (RuntimeException ex) {
			// a request with the same key may have booked meanwhile
			Optional<Booking> made = madeMeanwhile(idempotent);
			if (made.isPresent()) {
				return made.get();
			}
			throw ex;
		}
		try {
			Client client = this.clients.register(request.client().name().strip(), phone, request.client().email(),
					request.client().consents());
			Booking booking = requested(bookingId, treatment, held, client, request, idempotent, staff);
			Booking stored = this.store.insert(booking);
			log.info("Booking {} requested{}: {} with {} in {} at {}", bookingId, (staff != null) ? " by staff" : "",
					treatment.id(), held.slot().therapistIds(), held.room().id(), held.start());
			return erasedMeanwhile(stored);
		}
		catch (DuplicateKeyException ex) {
			// the same key raced in from another request: that one booked
			this.times.release(held);
			return idempotent(idempotent).replay(this.store.findByIdempotencyKey(idempotent.key())
				.orElseThrow(() -> new IllegalStateException("Idempotency-Key taken by no booking", ex)));
		}
		catch (RuntimeException ex) {
			releaseUnlessStored(held, bookingId);
			throw ex;
		}
	}

	/**
	 * A booking stored while its client was being erased: the erasure marks the client
	 * erased before it looks for the client's bookings, so a booking it did not find was
	 * stored after the mark, and finds it here. Its personal data is erased like that of
	 * the client's other bookings.
	 */
	private Booking erasedMeanwhile(Booking stored) {
		Optional<ClientSnapshot> erased = this.clients.erased(stored.client().clientId());
		if (erased.isEmpty()) {
			return stored;
		}
		log.info("Booking {} was made while its client was being erased: erasing it too", stored.id());
		this.erasedBookings.anonymize(stored.id(), erased.get());
		return this.store.get(stored.id());
	}

	/**
	 * Frees the time held for a booking whose insert failed, but only once it is known
	 * not to be stored: an insert that timed out may have been written all the same. When
	 * that cannot be known now, the hold sweeper frees the time later if no booking holds
	 * it.
	 */
	private void releaseUnlessStored(Held held, String bookingId) {
		try {
			if (!this.store.exists(bookingId)) {
				this.times.release(held);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Booking {} may or may not be stored; its time is left to the hold sweeper", bookingId);
		}
	}

	private Booking requested(String bookingId, Treatment treatment, Held held, Client client, BookingRequest request,
			@Nullable IdempotentRequest idempotent, @Nullable String staff) {
		Instant now = this.clock.instant();
		Slot slot = held.slot();
		BookedTime time = new BookedTime(treatment.id(), treatment.name(), slot.therapistId(), slot.therapistName(),
				held.start(), held.end(), this.spa.timeZone().getId(), treatment.price(), slot.secondTherapistId(),
				slot.secondTherapistName(), held.room().id(), held.room().name());
		// the booking keeps the details it is made with, whatever the client record says
		ClientSnapshot asBooked = new ClientSnapshot(client.id(), request.client().name().strip(), client.phone(),
				(request.client().email() != null) ? request.client().email() : client.email(), client.consents(),
				client.tags(), request.client().language());
		Booking booking = Booking.requested(bookingId, asBooked, time, request.promoCode(),
				this.manageLinks.access(bookingId), idempotent, now, staff);
		AppointmentRequested event = new AppointmentRequested(bookingId, booking.appointment(), booking.client(),
				request.promoCode(), now, staff);
		return booking.withEvent(this.outbox.entry(event, now));
	}

	private Optional<Booking> madeMeanwhile(@Nullable IdempotentRequest idempotent) {
		return (idempotent != null) ? this.store.findByIdempotencyKey(idempotent.key()).map(idempotent::replay)
				: Optional.empty();
	}

	private static IdempotentRequest idempotent(@Nullable IdempotentRequest idempotent) {
		if (idempotent == null) {
			throw new IllegalStateException("A booking without Idempotency-Key met a duplicate key");
		}
		return idempotent;
	}

}
