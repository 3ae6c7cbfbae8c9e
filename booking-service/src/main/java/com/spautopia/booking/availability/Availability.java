package com.spautopia.booking.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.booking.catalog.Catalog;
import com.spautopia.booking.catalog.Room;
import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.booking.spa.DayHours;
import com.spautopia.booking.spa.OpeningHours;
import com.spautopia.booking.spa.SpaProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Free start times for a treatment on a date, for one therapist or for any qualified one:
 * starts where the spa is open, enough qualified therapists are free (two at once for a
 * couples treatment) and a room that can host the treatment is free too, cleanup buffers
 * included.
 */
@Service
public class Availability {

	private final Catalog catalog;

	private final Schedule schedule;

	private final OpeningHours openingHours;

	private final SlotRules rules;

	private final Clock clock;

	Availability(Catalog catalog, Schedule schedule, OpeningHours openingHours, SpaProperties spa, Clock clock) {
		this.catalog = catalog;
		this.schedule = schedule;
		this.openingHours = openingHours;
		this.rules = new SlotRules(spa);
		this.clock = clock;
	}

	/**
	 * The free start times, earliest first.
	 * @param treatment the treatment
	 * @param date the local date
	 * @param therapistId a therapist, or {@code null} for any qualified one (then each
	 * start time is offered once, with the first therapists free then)
	 * @return the free slots
	 */
	public List<Slot> slots(Treatment treatment, LocalDate date, @Nullable String therapistId) {
		Map<Instant, Slot> byStart = new LinkedHashMap<>();
		free(treatment, date, therapistId, null, true).forEach((start, teams) -> {
			if (!teams.isEmpty()) {
				byStart.put(start, teams.get(0));
			}
		});
		return List.copyOf(byStart.values());
	}

	/**
	 * The free slots at exactly this start: each way to staff the treatment then, while a
	 * room that can host it is free.
	 * @param treatment the treatment
	 * @param start the wanted start
	 * @param date the local date of the start
	 * @param therapistId a therapist, or {@code null} for any
	 * @param moving the time a booking being moved holds now, which does not count as
	 * held on any of its therapists or its room (any other time held for that booking
	 * does), or {@code null}
	 * @return the slots starting then, one per free therapist (per free pair of
	 * therapists for a couples treatment)
	 */
	public List<Slot> slotsAt(Treatment treatment, Instant start, LocalDate date, @Nullable String therapistId,
			@Nullable Reservation moving) {
		return free(treatment, date, therapistId, moving, true).getOrDefault(start, List.of());
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
		return !free(treatment, date, therapistId, null, false).getOrDefault(start, List.of()).isEmpty();
	}

	/**
	 * The spa's hours on a date, its closures and special hours included.
	 * @param date the local date
	 * @return the hours, or empty when it is closed
	 */
	public Optional<DayHours> spaHours(LocalDate date) {
		return this.openingHours.on(date);
	}

	/**
	 * The rooms that can host a treatment, by id.
	 * @param treatment the treatment
	 * @return the rooms
	 */
	public List<Room> rooms(Treatment treatment) {
		return this.catalog.current().hosting(treatment);
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
			for (String therapistId : slot.therapistIds()) {
				booked.computeIfAbsent(therapistId,
						(id) -> this.schedule.reservations(Resource.therapist(id), date)
							.stream()
							.mapToLong((held) -> Duration.between(held.start(), held.end()).toMinutes())
							.sum());
			}
		}
		return TherapistSpread.leastBookedFirst(slots, booked, ThreadLocalRandom.current());
	}

	public Optional<Therapist> therapist(String therapistId) {
		return this.catalog.current().therapist(therapistId);
	}

	/**
	 * The ways to staff a treatment on a date, by start, earliest first.
	 * @param held whether time already held counts (else only the rules do)
	 */
	private Map<Instant, List<Slot>> free(Treatment treatment, LocalDate date, @Nullable String therapistId,
			@Nullable Reservation moving, boolean held) {
		Map<Instant, List<Slot>> teams = new TreeMap<>();
		DayHours hours = this.openingHours.on(date).orElse(null);
		Catalog.Snapshot catalog = this.catalog.current();
		List<Room> hosting = catalog.hosting(treatment);
		if (hours == null || hosting.isEmpty()) {
			return teams;
		}
		Instant now = this.clock.instant();
		List<Therapist> qualified = qualified(catalog, treatment, therapistId);
		// the day of every therapist and room concerned, in one read
		List<Resource> resources = new ArrayList<>();
		qualified.forEach((therapist) -> resources.add(Resource.therapist(therapist.id())));
		hosting.forEach((room) -> resources.add(Resource.room(room.id())));
		Map<Resource, List<Reservation>> days = held ? this.schedule.reservations(resources, date) : Map.of();
		Map<Instant, List<Slot>> byStart = new TreeMap<>();
		for (Therapist therapist : qualified) {
			List<Reservation> therapistHeld = except(days.get(Resource.therapist(therapist.id())), moving);
			for (Slot slot : this.rules.freeSlots(treatment, therapist, date, hours, therapistHeld, now)) {
				byStart.computeIfAbsent(slot.start().toInstant(), (start) -> new ArrayList<>()).add(slot);
			}
		}
		List<List<Reservation>> roomsHeld = hosting.stream()
			.map((room) -> except(days.get(Resource.room(room.id())), moving))
			.toList();
		byStart.forEach((start, free) -> {
			List<Slot> staffed = Teams.at(free, treatment.therapistsNeeded(), therapistId);
			if (!staffed.isEmpty() && roomsHeld.stream()
				.anyMatch((roomHeld) -> this.rules.isFree(roomHeld, start, treatment.duration()))) {
				teams.put(start, staffed);
			}
		});
		return teams;
	}

	/**
	 * The therapists who could give the treatment, by id: only the one asked for, unless
	 * the treatment needs a second one too.
	 */
	private static List<Therapist> qualified(Catalog.Snapshot catalog, Treatment treatment,
			@Nullable String therapistId) {
		if (therapistId != null && treatment.therapistsNeeded() == 1) {
			return catalog.therapist(therapistId).stream().toList();
		}
		return catalog.therapists()
			.stream()
			.filter((therapist) -> therapist.canGive(treatment))
			.sorted(Comparator.comparing(Therapist::id))
			.toList();
	}

	/**
	 * The time held on a resource's day but the moving booking's own, or nothing when the
	 * day was not read (time held does not count).
	 */
	private static List<Reservation> except(@Nullable List<Reservation> held, @Nullable Reservation moving) {
		if (held == null) {
			return List.of();
		}
		return held.stream()
			.filter((hold) -> moving == null
					|| !(hold.bookingId().equals(moving.bookingId()) && hold.start().equals(moving.start())))
			.toList();
	}

}
