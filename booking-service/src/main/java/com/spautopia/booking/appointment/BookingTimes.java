package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Room;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.schedule.Claim;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.booking.spa.Closure;
import com.spautopia.booking.spa.OpeningHours;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The time a booking holds: its client's, its room's and its therapists' (two for a
 * couples treatment; therapists and room with the cleanup buffer), all or none. Booking,
 * moving and cancelling all claim and free time here, and answer the same problems when
 * they cannot.
 * <p>
 * Each hold is a compare-and-set on one resource's day ({@link Schedule}); a booking
 * claims them one after another, always in the same order: the client, then a room, then
 * its therapists by id. Whatever fails frees what the request held before, so a booking
 * document, written only after all of it is held, never exists with part of its time.
 * Requests racing for the last room of a kind meet at the room: one holds it, the others
 * are refused before they hold any therapist.
 */
@Component
class BookingTimes {

	private final Schedule schedule;

	private final Availability availability;

	private final OpeningHours openingHours;

	private final SpaProperties spa;

	BookingTimes(Schedule schedule, Availability availability, OpeningHours openingHours, SpaProperties spa) {
		this.schedule = schedule;
		this.availability = availability;
		this.openingHours = openingHours;
		this.spa = spa;
	}

	/**
	 * Holds the client's time, a free room that can host the treatment, and the first of
	 * the free slots whose therapists can all still be held.
	 * @param treatment the treatment
	 * @param free the free slots at the wanted start, in order of preference
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number in E.164 form
	 * @param current the time the booking holds now when it is being moved, else null:
	 * its room and therapists are preferred, and what it keeps at an unchanged start is
	 * not claimed again
	 * @return what is now held
	 * @throws org.springframework.web.ErrorResponseException 409 when the client is
	 * booked elsewhere then, or every room or slot was taken meanwhile (also by another
	 * request moving the same booking); 422 when staff closed the spa meanwhile
	 */
	Held claim(Treatment treatment, List<Slot> free, String bookingId, String clientPhone,
			@Nullable BookedTime current) {
		Slot first = free.get(0);
		Instant start = first.start().toInstant();
		Instant end = first.end().toInstant();
		List<Claim> held = new ArrayList<>();
		try {
			Claim client = clientClaim(start, end, bookingId, clientPhone, current);
			if (!kept(current, start) && !claim(client, held)) {
				throw elsewhere(client) ? clientBusy() : slotTaken();
			}
			Room room = claimRoom(treatment, start, end, bookingId, current, held);
			Slot slot = claimTherapists(free, bookingId, current, held);
			// a closure written before this claim is seen now; one written after it sees
			// this booking's time (SpaClosures)
			if (!this.openingHours.isOpen(start, end)) {
				throw spaClosed(start, end);
			}
			return new Held(slot, room, held);
		}
		catch (RuntimeException ex) {
			held.forEach(this.schedule::release);
			throw ex;
		}
	}

	/**
	 * Frees the time {@link #claim} held for a booking (when storing the booking or its
	 * move failed).
	 * @param held what it held
	 */
	void release(Held held) {
		held.claims().forEach(this.schedule::release);
	}

	/**
	 * Frees the time a booking held before it moved; what it kept at an unchanged start
	 * stays held.
	 * @param old the time it held
	 * @param held what it holds now
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number
	 */
	void releaseMovedFrom(BookedTime old, Held held, String bookingId, String clientPhone) {
		boolean sameStart = old.start().equals(held.start());
		Set<Resource> now = new HashSet<>();
		held.slot().therapistIds().forEach((therapistId) -> now.add(Resource.therapist(therapistId)));
		now.add(Resource.room(held.room().id()));
		now.add(Resource.clientWithPhone(clientPhone));
		for (Resource resource : resources(old, clientPhone)) {
			if (!(sameStart && now.contains(resource))) {
				this.schedule.release(resource, old.localDate(), bookingId, old.start());
			}
		}
	}

	/**
	 * Frees the time a booking holds.
	 * @param time what was booked
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number
	 */
	void release(BookedTime time, String bookingId, String clientPhone) {
		for (Resource resource : resources(time, clientPhone)) {
			this.schedule.release(resource, time.localDate(), bookingId, time.start());
		}
	}

	/**
	 * Why no slot was free at a start: the spa is closed then, the time is taken, or it
	 * was never on offer.
	 * @param treatment the treatment
	 * @param start the wanted start
	 * @param date its local date
	 * @param therapistId the therapist asked for, or null
	 * @param requested the start as the client wrote it
	 * @return the problem to answer
	 */
	RuntimeException notBookable(Treatment treatment, Instant start, LocalDate date, @Nullable String therapistId,
			Object requested) {
		Instant end = start.plus(treatment.duration());
		if (this.openingHours.closure(date).isPresent() && !this.openingHours.isOpen(start, end)) {
			return spaClosed(start, end);
		}
		if (this.availability.isOnOffer(treatment, start, date, therapistId)) {
			return slotTaken();
		}
		return Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "time-not-bookable", "start",
				requested + " is not a bookable start time for " + treatment.name()
						+ ": see GET /api/availability for free times.");
	}

	/**
	 * Holds the first room that can host the treatment and is free: the booking's own
	 * room first when it is moving.
	 */
	private Room claimRoom(Treatment treatment, Instant start, Instant end, String bookingId,
			@Nullable BookedTime current, List<Claim> held) {
		List<Room> rooms = new ArrayList<>(this.availability.rooms(treatment));
		Instant until = end.plus(this.spa.cleanupBuffer());
		// the rooms' days in one read: rooms seen free are tried first, so a busy spa
		// does not
		// pay a refused claim for every room taken before a free one
		Map<Resource, List<Reservation>> days = this.schedule
			.reservations(rooms.stream().map((room) -> Resource.room(room.id())).toList(), localDate(start));
		Comparator<Room> order = Comparator
			.comparing((Room room) -> current == null || !room.id().equals(current.roomId()));
		rooms.sort(order.thenComparing((Room room) -> days.getOrDefault(Resource.room(room.id()), List.of())
			.stream()
			.anyMatch((hold) -> hold.overlaps(start, until) && !(hold.bookingId().equals(bookingId) && current != null
					&& hold.start().equals(current.start())))));
		for (Room room : rooms) {
			boolean own = current != null && room.id().equals(current.roomId());
			if (own && kept(current, start)) {
				return room;
			}
			Reservation wanted = new Reservation(bookingId, start, until);
			if (claim(new Claim(Resource.room(room.id()), localDate(start), wanted, own ? current.start() : null),
					held)) {
				return room;
			}
		}
		throw slotTaken();
	}

	/**
	 * Holds every therapist of the first slot whose therapists are all free, each by id:
	 * two requests wanting the same two therapists meet at the first of them. A therapist
	 * refused once is not tried again in another slot.
	 */
	private Slot claimTherapists(List<Slot> free, String bookingId, @Nullable BookedTime current, List<Claim> held) {
		Set<String> taken = new HashSet<>();
		for (Slot slot : free) {
			if (slot.therapistIds().stream().anyMatch(taken::contains)) {
				continue;
			}
			List<Claim> team = new ArrayList<>();
			String refused = null;
			for (String therapistId : slot.therapistIds().stream().sorted().toList()) {
				boolean own = current != null && current.therapistIds().contains(therapistId);
				if (own && kept(current, slot.start().toInstant())) {
					continue;
				}
				Claim claim = therapistClaim(slot, therapistId, bookingId, own ? current : null);
				if (!claim(claim, team)) {
					refused = therapistId;
					break;
				}
			}
			if (refused == null) {
				held.addAll(team);
				return slot;
			}
			taken.add(refused);
			team.forEach(this.schedule::release);
		}
		throw slotTaken();
	}

	/**
	 * Whether the client's time was refused for another booking of theirs, rather than
	 * for this booking at the same time (another request moving it there).
	 */
	private boolean elsewhere(Claim client) {
		Reservation wanted = client.wanted();
		return this.schedule.reservations(client.resource(), client.date())
			.stream()
			.anyMatch((held) -> !held.bookingId().equals(wanted.bookingId())
					&& held.overlaps(wanted.start(), wanted.end()));
	}

	private boolean claim(Claim claim, List<Claim> held) {
		if (!this.schedule.claim(claim)) {
			return false;
		}
		held.add(claim);
		return true;
	}

	/**
	 * Whether a moving booking keeps what it holds on a resource it keeps: when its start
	 * does not change, its hold there stays as it is (claiming it again and freeing the
	 * old would free both).
	 */
	private static boolean kept(@Nullable BookedTime current, Instant start) {
		return current != null && current.start().equals(start);
	}

	private Claim therapistClaim(Slot slot, String therapistId, String bookingId, @Nullable BookedTime current) {
		Instant start = slot.start().toInstant();
		Reservation wanted = new Reservation(bookingId, start, slot.end().toInstant().plus(this.spa.cleanupBuffer()));
		return new Claim(Resource.therapist(therapistId), localDate(start), wanted,
				(current != null) ? current.start() : null);
	}

	private Claim clientClaim(Instant start, Instant end, String bookingId, String clientPhone,
			@Nullable BookedTime current) {
		return new Claim(Resource.clientWithPhone(clientPhone), localDate(start),
				new Reservation(bookingId, start, end), (current != null) ? current.start() : null);
	}

	private static List<Resource> resources(BookedTime time, String clientPhone) {
		List<Resource> resources = new ArrayList<>();
		time.therapistIds().forEach((therapistId) -> resources.add(Resource.therapist(therapistId)));
		if (time.roomId() != null) {
			resources.add(Resource.room(time.roomId()));
		}
		resources.add(Resource.clientWithPhone(clientPhone));
		return resources;
	}

	private LocalDate localDate(Instant start) {
		return start.atZone(this.spa.timeZone()).toLocalDate();
	}

	private RuntimeException spaClosed(Instant start, Instant end) {
		ZonedDateTime from = start.atZone(this.spa.timeZone());
		Closure closure = this.openingHours.closure(from.toLocalDate()).orElse(null);
		String why = (closure != null && closure.reason() != null) ? " (" + closure.reason() + ")" : "";
		String detail = (closure != null && !closure.closed())
				? "On " + from.toLocalDate() + " the spa is open only " + closure.opens() + "-" + closure.closes() + why
						+ "; an appointment from " + from.toLocalTime() + " to "
						+ LocalTime.from(end.atZone(this.spa.timeZone())) + " does not fit. Please choose another time."
				: "The spa is closed on " + from.toLocalDate() + why + ". Please choose another day.";
		return Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "spa-closed", "start", detail);
	}

	static RuntimeException slotTaken() {
		return Problems.of(HttpStatus.CONFLICT, "slot-taken", "That time has just been taken. Please choose another.");
	}

	private static RuntimeException clientBusy() {
		return Problems.of(HttpStatus.CONFLICT, "client-busy",
				"You already have an appointment at that time. Choose another time or move that appointment.");
	}

}
