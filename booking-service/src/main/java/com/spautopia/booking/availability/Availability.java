package com.spautopia.booking.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.TherapistRepository;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.TherapistSchedule;
import com.spautopia.booking.spa.SpaProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Free start times for a treatment on a date, for one therapist or for any qualified one.
 */
@Service
public class Availability {

	private final TherapistRepository therapists;

	private final TherapistSchedule schedule;

	private final SlotRules rules;

	private final Clock clock;

	Availability(TherapistRepository therapists, TherapistSchedule schedule, SpaProperties spa, Clock clock) {
		this.therapists = therapists;
		this.schedule = schedule;
		this.rules = new SlotRules(spa);
		this.clock = clock;
	}

	/**
	 * The free start times, earliest first.
	 * @param treatment the treatment
	 * @param date the local date
	 * @param therapistId a therapist, or {@code null} for any qualified one (then each
	 * start time is offered once, with the first therapist free then)
	 * @return the free slots
	 */
	public List<Slot> slots(Treatment treatment, LocalDate date, @Nullable String therapistId) {
		Instant now = this.clock.instant();
		Map<Object, Slot> byStart = new LinkedHashMap<>();
		for (Therapist therapist : candidates(therapistId)) {
			for (Slot slot : this.rules.freeSlots(treatment, therapist, date,
					this.schedule.reservations(therapist.id(), date), now)) {
				byStart.putIfAbsent((therapistId != null) ? slot : slot.start().toInstant(), slot);
			}
		}
		return byStart.values().stream().sorted(Comparator.comparing(Slot::start)).toList();
	}

	/**
	 * The free slot at exactly this start, if there is one.
	 * @param treatment the treatment
	 * @param start the wanted start
	 * @param date the local date of the start
	 * @param therapistId a therapist, or {@code null} for any
	 * @param movingBookingId a booking being moved, whose own time does not count as held
	 * @return the slots starting then, one per free therapist
	 */
	public List<Slot> slotsAt(Treatment treatment, Instant start, LocalDate date, @Nullable String therapistId,
			@Nullable String movingBookingId) {
		Instant now = this.clock.instant();
		return candidates(therapistId).stream()
			.flatMap((therapist) -> this.rules
				.freeSlots(treatment, therapist, date, heldByOthers(therapist, date, movingBookingId), now)
				.stream())
			.filter((slot) -> slot.start().toInstant().equals(start))
			.toList();
	}

	/**
	 * Whether a start time is on offer at all, ignoring time already held: a start that
	 * is on offer but has no free slot was taken by someone else.
	 * @param treatment the treatment
	 * @param start the wanted start
	 * @param date the local date of the start
	 * @param therapistId a therapist, or {@code null} for any
	 * @return whether the rules allow this start
	 */
	public boolean isOnOffer(Treatment treatment, Instant start, LocalDate date, @Nullable String therapistId) {
		Instant now = this.clock.instant();
		return candidates(therapistId).stream()
			.flatMap((therapist) -> this.rules.freeSlots(treatment, therapist, date, List.of(), now).stream())
			.anyMatch((slot) -> slot.start().toInstant().equals(start));
	}

	public Optional<Therapist> therapist(String therapistId) {
		return this.therapists.findById(therapistId);
	}

	private List<Reservation> heldByOthers(Therapist therapist, LocalDate date, @Nullable String bookingId) {
		return this.schedule.reservations(therapist.id(), date)
			.stream()
			.filter((held) -> !held.bookingId().equals(bookingId))
			.toList();
	}

	private List<Therapist> candidates(@Nullable String therapistId) {
		if (therapistId != null) {
			return this.therapists.findById(therapistId).stream().toList();
		}
		return this.therapists.findAll().stream().sorted(Comparator.comparing(Therapist::id)).toList();
	}

}
