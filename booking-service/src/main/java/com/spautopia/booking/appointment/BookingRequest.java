package com.spautopia.booking.appointment;

import java.time.OffsetDateTime;

import com.spautopia.booking.client.ClientDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to book.
 *
 * @param treatmentId the treatment
 * @param therapistId a therapist, or none for any qualified one
 * @param start the start time, with its offset
 * @param client who is booking
 * @param promoCode a promo code, if the client has one
 */
record BookingRequest(@NotBlank @Size(max = 100) String treatmentId, @Nullable @Size(max = 100) String therapistId,
		@NotNull OffsetDateTime start, @NotNull @Valid ClientDetails client,
		@Nullable @Size(min = 1, max = 40) String promoCode) {

}
