package com.spautopia.booking.waitlist;

import java.time.LocalDate;
import java.time.LocalTime;

import com.spautopia.booking.client.ClientDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to join the waitlist.
 *
 * @param treatmentId the treatment
 * @param therapistId a therapist, or none for any qualified one
 * @param from the first day
 * @param to the last day; none for the first day alone
 * @param earliest the earliest start, in the spa's time zone; none for the start of the
 * day
 * @param latest the latest end, in the spa's time zone; none for the end of the day
 * @param client who is waiting, as on the booking form
 */
record WaitlistRequest(@NotBlank @Size(max = 100) String treatmentId, @Nullable @Size(max = 100) String therapistId,
		@NotNull LocalDate from, @Nullable LocalDate to, @Nullable LocalTime earliest, @Nullable LocalTime latest,
		@NotNull @Valid ClientDetails client) {

	WaitlistWish wish() {
		return new WaitlistWish(this.treatmentId, this.therapistId, this.from, (this.to != null) ? this.to : this.from,
				(this.earliest != null) ? this.earliest : LocalTime.MIN,
				(this.latest != null) ? this.latest : LocalTime.MAX);
	}

}
