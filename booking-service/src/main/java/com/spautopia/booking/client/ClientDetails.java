package com.spautopia.booking.client;

import com.spautopia.events.ClientSnapshot.Consents;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A client's details as typed on the booking page: for a booking and for the waitlist.
 *
 * @param name the name
 * @param phone the phone number, in any common format
 * @param email the email address
 * @param smsConsent consent to confirmations and reminders by SMS
 * @param marketingConsent consent to offers
 * @param language the language of the client's messages ({@code en} or {@code pl}), or
 * none for the spa's default
 */
public record ClientDetails(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 40) String phone,
		@Nullable @Email @Size(max = 200) String email, boolean smsConsent, boolean marketingConsent,
		@Nullable @Pattern(regexp = LANGUAGES, message = "must be en or pl") String language) {

	/** The languages clients' messages are written in. */
	public static final String LANGUAGES = "en|pl";

	/**
	 * The consents given on the form: marketing by SMS and email alike.
	 * @return the consents
	 */
	public Consents consents() {
		return new Consents(this.smsConsent, this.marketingConsent, this.marketingConsent);
	}

}
