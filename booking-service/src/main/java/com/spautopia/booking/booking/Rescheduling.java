package com.spautopia.booking.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.catalog.TreatmentRepository;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.TherapistSchedule;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentRescheduled;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Moves a booking to another time: the new time is claimed first (the same therapist
 * preferred), then the booking and its AppointmentRescheduled event are saved in one
 * write, and only then is the old time freed. A failure on the way frees the new time
 * again.
 */
@Service
class Rescheduling {

	private static final Logger log = LoggerFactory.getLogger(Rescheduling.class);

	private final BookingStore store;

	private final BookingLifecycle lifecycle;

	private final Availability availability;

	private final TreatmentRepository treatments;

	private final TherapistSchedule schedule;

	private final ManageLinks manageLinks;

	private final SpaProperties spa;

	private final Clock clock;

	Rescheduling(BookingStore store, BookingLifecycle lifecycle, Availability availability,
			TreatmentRepository treatments, TherapistSchedule schedule, ManageLinks manageLinks, SpaProperties spa,
			Clock clock) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.availability = availability;
		this.treatments = treatments;
		this.schedule = schedule;
		this.manageLinks = manageLinks;
		this.spa = spa;
		this.clock = clock;
	}

	Booking reschedule(String id, OffsetDateTime newStart, @Nullable String therapistId) {
		Booking booking = this.store.get(id);
		requireMovable(booking);
		Treatment treatment = this.treatments.findById(booking.time().treatmentId())
			.orElseThrow(() -> new IllegalStateException("Treatment of booking " + id + " is gone"));
		Instant start = newStart.toInstant();
		if (start.equals(booking.time().start())
				&& (therapistId == null || therapistId.equals(booking.time().therapistId()))) {
			// already there: claiming the same time again and freeing the old would free
			// both
			return booking;
		}
		LocalDate date = start.atZone(this.spa.timeZone()).toLocalDate();
		Slot slot = claim(booking, treatment, start, date, therapistId, newStart);
		BookedTime old = booking.time();
		ClientSnapshot client = this.lifecycle.clientNow(booking);
		Booking moved;
		try {
			moved = this.store.change(id, (current) -> {
				requireMovable(current);
				if (!current.time().start().equals(old.start())
						|| !current.time().therapistId().equals(old.therapistId())) {
					throw Problems.of(HttpStatus.CONFLICT, "changed-meanwhile",
							"Booking " + id + " was moved meanwhile. Reload it and try again.");
				}
				Instant now = this.clock.instant();
				Booking next = current
					.movedTo(old.movedTo(slot.therapistId(), slot.therapistName(), start, slot.end().toInstant()));
				return this.lifecycle.withEvent(next, new AppointmentRescheduled(id, next.appointment(),
						current.appointment().start(), client, this.manageLinks.url(current), now), now);
			});
		}
		catch (RuntimeException ex) {
			this.schedule.release(slot.therapistId(), date, id, start);
			throw ex;
		}
		this.schedule.release(old.therapistId(), old.localDate(), id, old.start());
		log.info("Booking {} moved from {} to {}", id, old.start(), start);
		return moved;
	}

	private void requireMovable(Booking booking) {
		if (booking.status() != BookingStatus.CONFIRMED) {
			throw Problems.of(HttpStatus.CONFLICT, "illegal-transition",
					"Booking " + booking.id() + " is " + booking.status().name().toLowerCase().replace('_', '-')
							+ "; only a confirmed booking can be moved.");
		}
		this.lifecycle.requireOpen(booking, "moved");
	}

	private Slot claim(Booking booking, Treatment treatment, Instant start, LocalDate date,
			@Nullable String therapistId, OffsetDateTime requested) {
		List<Slot> free = new ArrayList<>();
		if (therapistId == null) {
			free.addAll(this.availability.slotsAt(treatment, start, date, booking.time().therapistId(), booking.id()));
		}
		free.addAll(this.availability.slotsAt(treatment, start, date, therapistId, booking.id()));
		for (Slot slot : free) {
			Reservation reservation = new Reservation(booking.id(), start,
					slot.end().toInstant().plus(this.spa.cleanupBuffer()));
			if (this.schedule.claim(slot.therapistId(), date, reservation)) {
				return slot;
			}
		}
		if (!free.isEmpty() || this.availability.isOnOffer(treatment, start, date, therapistId)) {
			throw Problems.of(HttpStatus.CONFLICT, "slot-taken",
					"That time has just been taken. Please choose another.");
		}
		throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "time-not-bookable", "start",
				requested + " is not a bookable start time for " + treatment.name()
						+ ": see GET /api/availability for free times.");
	}

}
