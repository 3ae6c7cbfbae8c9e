package com.spautopia.booking.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.TherapistRepository;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.booking.spa.SpaProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Free start times for a treatment on a date, for one therapist or for any qualified one.
 */
@Service
public class Availability {

	private final TherapistRepository therapists;

	private final Schedule schedule;

	private final SlotRules rules;

	private final Clock clock;

	Availability(TherapistRepository therapists, Schedule schedule, SpaProperties spa, Clock clock) {
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
					this.schedule.reservations(Resource.therapist(therapist.id()), date), now)) {
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
	 * @param moving the time a booking being moved holds now, which does not count as
	 * held (any other time held for that booking does), or {@code null}
	 * @return the slots starting then, one per free therapist
	 */
	public List<Slot> slotsAt(Treatment treatment, Instant start, LocalDate date, @Nullable String therapistId,
			@Nullable Reservation moving) {
		Instant now = this.clock.instant();
		return candidates(therapistId).stream()
			.flatMap((therapist) -> this.rules
				.freeSlots(treatment, therapist, date, heldExcept(therapist, date, moving), now)
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

	/**
	 * The slots of several therapists at one start in the order a booking for "any
	 * therapist" tries them: least booked that day first ({@link TherapistSpread}).
	 * @param slots the free slots
	 * @param date their local date
	 * @return the slots in that order
	 */
	public List<Slot> leastBookedFirst(List<Slot> slots, LocalDate date) {
		if (slots.size() < 2) {
			return slots;
		}
		Map<String, Long> booked = new HashMap<>();
		for (Slot slot : slots) {
			booked.computeIfAbsent(slot.therapistId(),
					(id) -> this.schedule.reservations(Resource.therapist(id), date)
						.stream()
						.mapToLong((held) -> Duration.between(held.start(), held.end()).toMinutes())
						.sum());
		}
		return TherapistSpread.leastBookedFirst(slots, booked, ThreadLocalRandom.current());
	}

	public Optional<Therapist> therapist(String therapistId) {
		return this.therapists.findById(therapistId);
	}

	private List<Reservation> heldExcept(Therapist therapist, LocalDate date, @Nullable Reservation moving) {
		return this.schedule.reservations(Resource.therapist(therapist.id()), date)
			.stream()
			.filter((held) -> moving == null
					|| !(held.bookingId().equals(moving.bookingId()) && held.start().equals(moving.start())))
			.toList();
	}

	private List<Therapist> candidates(@Nullable String therapistId) {
		if (therapistId != null) {
			return this.therapists.findById(therapistId).stream().toList();
		}
		return this.therapists.findAll().stream().sorted(Comparator.comparing(Therapist::id)).toList();
	}

}
