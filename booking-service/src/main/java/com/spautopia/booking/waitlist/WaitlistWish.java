package com.spautopia.booking.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a waiting client would take: a treatment, on one of some days, inside a window of
 * the day, optionally with one therapist.
 *
 * @param treatmentId the treatment
 * @param therapistId the therapist, or none for any qualified one
 * @param from the first day
 * @param to the last day
 * @param earliest the earliest start, in the spa's time zone
 * @param latest the latest end, in the spa's time zone
 */
record WaitlistWish(String treatmentId, @Nullable String therapistId, LocalDate from, LocalDate to, LocalTime earliest,
		LocalTime latest) {

	/** The longest range of days one entry may wait for. */
	static final int MAX_DAYS = 31;

	/**
	 * What is wrong with the wish, joined on a day.
	 * @param today the spa's day now
	 * @return the field at fault and why, or empty when the wish can wait
	 */
	Optional<Fault> fault(LocalDate today) {
		if (this.to.isBefore(this.from)) {
			return Optional.of(new Fault("to", "The last day is before the first."));
		}
		if (this.to.isBefore(today)) {
			return Optional.of(new Fault("to", "The days asked for are past."));
		}
		if (ChronoUnit.DAYS.between(this.from, this.to) >= MAX_DAYS) {
			return Optional.of(new Fault("to", "The waitlist takes at most " + MAX_DAYS + " days at once."));
		}
		if (!this.earliest.isBefore(this.latest)) {
			return Optional.of(new Fault("latest", "The window ends before it begins."));
		}
		return Optional.empty();
	}

	/**
	 * Whether an appointment would do: the treatment, the therapist if one was asked for,
	 * one of the days, and inside the window.
	 * @param treatmentId the appointment's treatment
	 * @param therapistIds its therapists
	 * @param start its start in the spa's time zone
	 * @param end its end in the spa's time zone
	 * @return whether the waiting client would take it
	 */
	boolean wants(String treatmentId, Iterable<String> therapistIds, LocalDateTime start, LocalDateTime end) {
		if (!this.treatmentId.equals(treatmentId) || !withTherapist(therapistIds)) {
			return false;
		}
		LocalDate day = start.toLocalDate();
		return !day.isBefore(this.from) && !day.isAfter(this.to) && end.toLocalDate().equals(day)
				&& !start.toLocalTime().isBefore(this.earliest) && !end.toLocalTime().isAfter(this.latest);
	}

	/**
	 * When the wish ends: at the end of its last day.
	 * @param zone the spa's time zone
	 * @return the start of the day after the last
	 */
	Instant endsAt(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	private boolean withTherapist(Iterable<String> therapistIds) {
		if (this.therapistId == null) {
			return true;
		}
		for (String id : therapistIds) {
			if (id.equals(this.therapistId)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A field of the wish at fault.
	 *
	 * @param field the field
	 * @param detail why
	 */
	record Fault(String field, String detail) {
	}

}
