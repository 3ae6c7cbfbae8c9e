package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import com.spautopia.booking.availability.Slot;
import com.spautopia.booking.catalog.Room;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import org.jspecify.annotations.Nullable;

/**
 * What was booked, with whom, when and where.
 *
 * @param treatmentId the treatment
 * @param treatmentName the treatment's name when booked
 * @param therapistId the therapist (the first of two for a couples treatment)
 * @param therapistName the therapist's name
 * @param start the start
 * @param end the end
 * @param timeZone the spa's time zone
 * @param listPrice the treatment's list price when booked
 * @param secondTherapistId the second therapist of a couples treatment
 * @param secondTherapistName the second therapist's name
 * @param roomId the room; none on bookings made before the spa knew its rooms
 * @param roomName the room's name when booked
 */
public record BookedTime(String treatmentId, String treatmentName, String therapistId, String therapistName,
		Instant start, Instant end, String timeZone, Money listPrice, @Nullable String secondTherapistId,
		@Nullable String secondTherapistName, @Nullable String roomId, @Nullable String roomName) {

	public AppointmentDetails details() {
		ZoneId zone = ZoneId.of(this.timeZone);
		return new AppointmentDetails(this.treatmentId, this.treatmentName, this.therapistId, this.therapistName,
				this.start.atZone(zone).toOffsetDateTime(), this.end.atZone(zone).toOffsetDateTime(), this.timeZone,
				this.listPrice, (this.roomId != null) ? new AppointmentDetails.Room(this.roomId,
						(this.roomName != null) ? this.roomName : this.roomId) : null);
	}

	LocalDate localDate() {
		return this.start.atZone(ZoneId.of(this.timeZone)).toLocalDate();
	}

	/**
	 * The booking's therapists.
	 * @return the therapist, then the second one of a couples treatment
	 */
	public List<String> therapistIds() {
		return (this.secondTherapistId != null) ? List.of(this.therapistId, this.secondTherapistId)
				: List.of(this.therapistId);
	}

	/**
	 * Whether another booked time has the same therapists, room and start: whether a
	 * booking is still where it was.
	 * @param other the other time
	 * @return whether they are the same place and time
	 */
	boolean samePlaceAndTime(BookedTime other) {
		return this.start.equals(other.start) && therapistIds().equals(other.therapistIds())
				&& Objects.equals(this.roomId, other.roomId);
	}

	/**
	 * This booking at another time, with the therapists and room held for it there.
	 * @param slot the new start, end and therapists
	 * @param room the room
	 * @return the time moved
	 */
	BookedTime movedTo(Slot slot, Room room) {
		return new BookedTime(this.treatmentId, this.treatmentName, slot.therapistId(), slot.therapistName(),
				slot.start().toInstant(), slot.end().toInstant(), this.timeZone, this.listPrice,
				slot.secondTherapistId(), slot.secondTherapistName(), room.id(), room.name());
	}

}
