package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Catalog;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.SlotFreed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Moves a booking to another time: the new time is claimed first (the same therapists and
 * room preferred; the client's time too), then the booking and its AppointmentRescheduled
 * event are saved in one write, and only then is the old time freed. A failure on the way
 * frees the new time again. Two requests moving one booking at once cannot both hold the
 * new time: the loser is refused before it holds anything it could free.
 */
@Service
class Rescheduling {

	private static final Logger log = LoggerFactory.getLogger(Rescheduling.class);

	private final BookingStore store;

	private final BookingLifecycle lifecycle;

	private final Availability availability;

	private final Catalog catalog;

	private final BookingTimes times;

	private final ManageLinks manageLinks;

	private final SpaProperties spa;

	private final Clock clock;

	Rescheduling(BookingStore store, BookingLifecycle lifecycle, Availability availability, Catalog catalog,
			BookingTimes times, ManageLinks manageLinks, SpaProperties spa, Clock clock) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.availability = availability;
		this.catalog = catalog;
		this.times = times;
		this.manageLinks = manageLinks;
		this.spa = spa;
		this.clock = clock;
	}

	Booking reschedule(String id, OffsetDateTime newStart, @Nullable String therapistId) {
		Booking booking = this.store.get(id);
		requireMovable(booking);
		Treatment treatment = this.catalog.current()
			.treatment(booking.time().treatmentId())
			.orElseThrow(() -> new IllegalStateException("Treatment of booking " + id + " is gone"));
		Instant start = newStart.toInstant();
		if (start.equals(booking.time().start())
				&& (therapistId == null || booking.time().therapistIds().contains(therapistId))) {
			// already there: claiming the same time again and freeing the old would free
			// both
			return booking;
		}
		LocalDate date = start.atZone(this.spa.timeZone()).toLocalDate();
		BookedTime old = booking.time();
		String phone = booking.client().phone();
		Held held = this.times.claim(treatment, free(booking, treatment, start, date, therapistId, newStart), id, phone,
				old);
		ClientSnapshot client = this.lifecycle.clientNow(booking);
		Booking moved;
		try {
			moved = this.store.change(id, (current) -> {
				requireMovable(current);
				if (!current.time().samePlaceAndTime(old)) {
					throw Problems.of(HttpStatus.CONFLICT, "changed-meanwhile",
							"Booking " + id + " was moved meanwhile. Reload it and try again.");
				}
				Instant now = this.clock.instant();
				Booking next = current.movedTo(old.movedTo(held.slot(), held.room()),
						this.lifecycle.isLate(current, now));
				AppointmentRescheduled event = new AppointmentRescheduled(id, next.appointment(),
						current.appointment().start(), client, this.manageLinks.sealedUrl(current),
						this.manageLinks.sealedShortUrl(current), now, current.promoCode());
				return this.lifecycle.withSlotFreed(this.lifecycle.withEvent(next, event, now), current,
						SlotFreed.Reason.RESCHEDULED, now);
			});
		}
		catch (RuntimeException ex) {
			this.times.release(held);
			throw ex;
		}
		this.times.releaseMovedFrom(old, held, id, phone);
		log.info("Booking {} moved from {} to {}", id, old.start(), start);
		return moved;
	}

	private void requireMovable(Booking booking) {
		if (!booking.status().canMove()) {
			throw Problems.of(HttpStatus.CONFLICT, "illegal-transition", "Booking " + booking.id() + " is "
					+ booking.status().slug() + "; only a confirmed booking can be moved.");
		}
		this.lifecycle.requireOpen(booking, "moved");
	}

	/**
	 * The slots free at the new start, those with most of the booking's own therapists
	 * first; the booking's current time does not count as held.
	 */
	private List<Slot> free(Booking booking, Treatment treatment, Instant start, LocalDate date,
			@Nullable String therapistId, OffsetDateTime requested) {
		Reservation current = new Reservation(booking.id(), booking.time().start(), booking.time().end());
		List<String> own = booking.time().therapistIds();
		List<Slot> free = new ArrayList<>(this.availability.slotsAt(treatment, start, date, therapistId, current));
		free.sort(Comparator.comparingLong((Slot slot) -> -slot.therapistIds().stream().filter(own::contains).count()));
		if (free.isEmpty()) {
			throw this.times.notBookable(treatment, start, date, therapistId, requested);
		}
		return free;
	}

}
