package com.spautopia.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.catalog.WorkingHours;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.spa.DayHours;
import com.spautopia.booking.spa.SpaProperties;
import org.jspecify.annotations.Nullable;

/**
 * The pure rules of availability: which start times on a local date a therapist can take
 * a treatment at, given the spa's hours that day (its usual ones, or the special hours
 * staff set), the therapist's hours and breaks, the time already held (cleanup buffers
 * included), the minimum notice and the booking horizon. Local times that do not exist on
 * a daylight-saving change day are never offered. A room is free for a start by the same
 * rule as a therapist: nothing held on it overlaps the appointment and its cleanup
 * buffer.
 */
public final class SlotRules {

	private final SpaProperties spa;

	public SlotRules(SpaProperties spa) {
		this.spa = spa;
	}

	/**
	 * The free slots of a therapist on a day of the spa's usual hours.
	 * @param treatment the treatment
	 * @param therapist the therapist
	 * @param date the local date
	 * @param held the therapist's time held that day
	 * @param now the current time
	 * @return the free slots, earliest first
	 */
	public List<Slot> freeSlots(Treatment treatment, Therapist therapist, LocalDate date, List<Reservation> held,
			Instant now) {
		return freeSlots(treatment, therapist, date,
				this.spa.isOpen(date.getDayOfWeek()) ? new DayHours(this.spa.opens(), this.spa.closes()) : null, held,
				now);
	}

	/**
	 * The free slots of a therapist on a day.
	 * @param treatment the treatment
	 * @param therapist the therapist
	 * @param date the local date
	 * @param spaHours the spa's hours that day, or {@code null} when it is closed
	 * @param held the therapist's time held that day
	 * @param now the current time
	 * @return the free slots, earliest first
	 */
	public List<Slot> freeSlots(Treatment treatment, Therapist therapist, LocalDate date, @Nullable DayHours spaHours,
			List<Reservation> held, Instant now) {
		List<Slot> slots = new ArrayList<>();
		if (spaHours == null || !therapist.canGive(treatment)) {
			return slots;
		}
		WorkingHours hours = therapist.hoursOn(date).orElse(null);
		if (hours == null) {
			return slots;
		}
		LocalTime from = later(hours.start(), spaHours.opens());
		LocalTime until = earlier(hours.end(), spaHours.closes());
		for (LocalTime time = from; !time.plus(treatment.duration()).isAfter(until)
				&& !time.isBefore(from); time = time.plus(this.spa.slotStep())) {
			LocalTime endTime = time.plus(treatment.duration());
			if (!hours.fits(time, endTime)) {
				continue;
			}
			ZonedDateTime start = existing(LocalDateTime.of(date, time));
			if (start != null && isBookable(start, treatment.duration(), held, now)) {
				ZonedDateTime end = start.plus(treatment.duration());
				slots.add(new Slot(start.toOffsetDateTime(), end.toOffsetDateTime(), therapist.id(), therapist.name()));
			}
		}
		return slots;
	}

	private boolean isBookable(ZonedDateTime start, Duration duration, List<Reservation> held, Instant now) {
		Instant begins = start.toInstant();
		if (begins.isBefore(now.plus(this.spa.minimumNotice()))
				|| begins.isAfter(now.plus(this.spa.bookingHorizon()))) {
			return false;
		}
		return isFree(held, begins, duration);
	}

	/**
	 * Whether a therapist or room is free for an appointment and its cleanup buffer.
	 * @param held the time held on it that day
	 * @param start the appointment's start
	 * @param duration the appointment's duration
	 * @return whether nothing held overlaps
	 */
	public boolean isFree(List<Reservation> held, Instant start, Duration duration) {
		Instant blockedUntil = start.plus(duration).plus(this.spa.cleanupBuffer());
		return held.stream().noneMatch((reservation) -> reservation.overlaps(start, blockedUntil));
	}

	private ZonedDateTime existing(LocalDateTime local) {
		if (this.spa.timeZone().getRules().getValidOffsets(local).isEmpty()) {
			return null;
		}
		return local.atZone(this.spa.timeZone());
	}

	private static LocalTime later(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalTime earlier(LocalTime a, LocalTime b) {
		return a.isBefore(b) ? a : b;
	}

}
