package com.spautopia.booking.appointment;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

	/**
	 * The client's details as typed.
	 *
	 * @param name the name
	 * @param phone the phone number, in any common format
	 * @param email the email address
	 * @param smsConsent consent to confirmations and reminders by SMS
	 * @param marketingConsent consent to offers
	 * @param language the language of the client's messages ({@code en} or {@code pl}),
	 * or none for the spa's default
	 */
	record ClientDetails(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 40) String phone,
			@Nullable @Email @Size(max = 200) String email, boolean smsConsent, boolean marketingConsent,
			@Nullable @Pattern(regexp = LANGUAGES, message = "must be en or pl") String language) {
	}

	/** The languages clients' messages are written in. */
	static final String LANGUAGES = "en|pl";

}
