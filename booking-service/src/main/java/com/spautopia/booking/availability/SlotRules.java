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
import com.spautopia.booking.spa.SpaProperties;

/**
 * The pure rules of availability: which start times on a local date a therapist can take
 * a treatment at, given the spa's hours, the therapist's hours and breaks, the time
 * already held (cleanup buffers included), the minimum notice and the booking horizon.
 * Local times that do not exist on a daylight-saving change day are never offered.
 */
public final class SlotRules {

	private final SpaProperties spa;

	public SlotRules(SpaProperties spa) {
		this.spa = spa;
	}

	public List<Slot> freeSlots(Treatment treatment, Therapist therapist, LocalDate date, List<Reservation> held,
			Instant now) {
		List<Slot> slots = new ArrayList<>();
		if (!this.spa.isOpen(date.getDayOfWeek()) || !therapist.canGive(treatment)) {
			return slots;
		}
		WorkingHours hours = therapist.hoursOn(date).orElse(null);
		if (hours == null) {
			return slots;
		}
		LocalTime from = later(hours.start(), this.spa.opens());
		LocalTime until = earlier(hours.end(), this.spa.closes());
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
		Instant blockedUntil = begins.plus(duration).plus(this.spa.cleanupBuffer());
		if (begins.isBefore(now.plus(this.spa.minimumNotice()))
				|| begins.isAfter(now.plus(this.spa.bookingHorizon()))) {
			return false;
		}
		return held.stream().noneMatch((reservation) -> reservation.overlaps(begins, blockedUntil));
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
