package com.spautopia.booking.availability;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A free start time with a therapist who is free then, and for a couples treatment a
 * second one. Which room the treatment is given in is chosen when it is booked: a slot is
 * offered only while a room that can host it is free.
 *
 * @param start the start, with the spa's offset on that day
 * @param end the end
 * @param therapistId the therapist
 * @param therapistName the therapist's name
 * @param secondTherapistId the second therapist of a couples treatment
 * @param secondTherapistName the second therapist's name
 */
public record Slot(OffsetDateTime start, OffsetDateTime end, String therapistId, String therapistName,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secondTherapistId,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secondTherapistName) {

	/**
	 * A slot with one therapist.
	 * @param start the start
	 * @param end the end
	 * @param therapistId the therapist
	 * @param therapistName the therapist's name
	 */
	public Slot(OffsetDateTime start, OffsetDateTime end, String therapistId, String therapistName) {
		this(start, end, therapistId, therapistName, null, null);
	}

	/**
	 * This slot with a second therapist.
	 * @param second a slot of the second therapist at the same time
	 * @return the slot for two
	 */
	Slot with(Slot second) {
		return new Slot(this.start, this.end, this.therapistId, this.therapistName, second.therapistId,
				second.therapistName);
	}

	/**
	 * The slot's therapists.
	 * @return the therapist, then the second one if there is one
	 */
	public List<String> therapistIds() {
		return (this.secondTherapistId != null) ? List.of(this.therapistId, this.secondTherapistId)
				: List.of(this.therapistId);
	}

}
