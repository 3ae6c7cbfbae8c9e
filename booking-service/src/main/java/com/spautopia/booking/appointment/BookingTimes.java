package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.schedule.Claim;
import com.spautopia.booking.schedule.Reservation;
import com.spautopia.booking.schedule.Resource;
import com.spautopia.booking.schedule.Schedule;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The time a booking holds: its therapist's (cleanup buffer included) and its client's,
 * all or none. Booking, moving and cancelling all claim and free time here, and answer
 * the same problems when they cannot.
 */
@Component
class BookingTimes {

	private final Schedule schedule;

	private final Availability availability;

	private final SpaProperties spa;

	BookingTimes(Schedule schedule, Availability availability, SpaProperties spa) {
		this.schedule = schedule;
		this.availability = availability;
		this.spa = spa;
	}

	/**
	 * Holds the first of the free slots whose therapist's time can still be held, and the
	 * client's time with it.
	 * @param free the free slots at the wanted start, in order of preference
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number in E.164 form
	 * @param current the time the booking holds now when it is being moved, else null
	 * @return the slot now held
	 * @throws org.springframework.web.ErrorResponseException 409 when the client is
	 * booked elsewhere then, or every slot was taken meanwhile (also by another request
	 * moving the same booking)
	 */
	Slot claimFirst(List<Slot> free, String bookingId, String clientPhone, @Nullable BookedTime current) {
		for (Slot slot : free) {
			Claim therapist = therapistClaim(slot, bookingId, current);
			if (!this.schedule.claim(therapist)) {
				continue;
			}
			if (clientTimeChanges(slot, current)
					&& !this.schedule.claim(clientClaim(slot, bookingId, clientPhone, current))) {
				this.schedule.release(therapist);
				throw clientBusy();
			}
			return slot;
		}
		throw slotTaken();
	}

	/**
	 * Frees the time {@link #claimFirst} held for a booking (when storing the booking or
	 * its move failed).
	 * @param slot the slot held
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number
	 * @param current the time the booking held before, when it was being moved
	 */
	void release(Slot slot, String bookingId, String clientPhone, @Nullable BookedTime current) {
		this.schedule.release(therapistClaim(slot, bookingId, null));
		if (clientTimeChanges(slot, current)) {
			this.schedule.release(clientClaim(slot, bookingId, clientPhone, null));
		}
	}

	/**
	 * Frees the time a booking held before it moved to a slot.
	 * @param old the time it held
	 * @param slot the slot it holds now
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number
	 */
	void releaseMovedFrom(BookedTime old, Slot slot, String bookingId, String clientPhone) {
		this.schedule.release(Resource.therapist(old.therapistId()), old.localDate(), bookingId, old.start());
		if (clientTimeChanges(slot, old)) {
			this.schedule.release(Resource.clientWithPhone(clientPhone), old.localDate(), bookingId, old.start());
		}
	}

	/**
	 * Frees the time a booking holds.
	 * @param time what was booked
	 * @param bookingId the booking
	 * @param clientPhone the client's phone number
	 */
	void release(BookedTime time, String bookingId, String clientPhone) {
		this.schedule.release(Resource.therapist(time.therapistId()), time.localDate(), bookingId, time.start());
		this.schedule.release(Resource.clientWithPhone(clientPhone), time.localDate(), bookingId, time.start());
	}

	/**
	 * Why no slot was free at a start: taken, or never on offer.
	 * @param treatment the treatment
	 * @param start the wanted start
	 * @param date its local date
	 * @param therapistId the therapist asked for, or null
	 * @param requested the start as the client wrote it
	 * @return the problem to answer
	 */
	RuntimeException notBookable(Treatment treatment, Instant start, LocalDate date, @Nullable String therapistId,
			Object requested) {
		if (this.availability.isOnOffer(treatment, start, date, therapistId)) {
			return slotTaken();
		}
		return Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "time-not-bookable", "start",
				requested + " is not a bookable start time for " + treatment.name()
						+ ": see GET /api/availability for free times.");
	}

	private Claim therapistClaim(Slot slot, String bookingId, @Nullable BookedTime current) {
		Instant start = slot.start().toInstant();
		Reservation wanted = new Reservation(bookingId, start, slot.end().toInstant().plus(this.spa.cleanupBuffer()));
		Instant ownCurrentStart = (current != null && current.therapistId().equals(slot.therapistId()))
				? current.start() : null;
		return new Claim(Resource.therapist(slot.therapistId()), localDate(start), wanted, ownCurrentStart);
	}

	private Claim clientClaim(Slot slot, String bookingId, String clientPhone, @Nullable BookedTime current) {
		Instant start = slot.start().toInstant();
		Reservation wanted = new Reservation(bookingId, start, slot.end().toInstant());
		return new Claim(Resource.clientWithPhone(clientPhone), localDate(start), wanted,
				(current != null) ? current.start() : null);
	}

	/**
	 * Whether the client's time changes: not when a booking moves to another therapist at
	 * the same time (then the client's hold stays as it is).
	 */
	private static boolean clientTimeChanges(Slot slot, @Nullable BookedTime current) {
		return current == null || !current.start().equals(slot.start().toInstant())
				|| !current.end().equals(slot.end().toInstant());
	}

	private LocalDate localDate(Instant start) {
		return start.atZone(this.spa.timeZone()).toLocalDate();
	}

	static RuntimeException slotTaken() {
		return Problems.of(HttpStatus.CONFLICT, "slot-taken", "That time has just been taken. Please choose another.");
	}

	private static RuntimeException clientBusy() {
		return Problems.of(HttpStatus.CONFLICT, "client-busy",
				"You already have an appointment at that time. Choose another time or move that appointment.");
	}

}
