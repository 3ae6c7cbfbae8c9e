package com.spautopia.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.Pricing;
import org.jspecify.annotations.Nullable;

/**
 * Confirmed appointments for tests: Anna Kowalska's deep tissue massage with Marta on
 * Tuesday 1 December 2037 at 10:00 in Warsaw (far enough ahead that every message is
 * still useful), unless a test says otherwise.
 */
public final class AppointmentConfirmedMother {

	public static final String LOCAL_START = "Tue 1 Dec 2037, 10:00";

	private AppointmentConfirmedMother() {
	}

	public static AppointmentConfirmed confirmed() {
		return confirmed(uniquePhone(), "anna." + UUID.randomUUID() + "@example.com", true);
	}

	public static AppointmentConfirmed confirmed(String phone, @Nullable String email, boolean smsConsent) {
		return confirmed(phone, email, smsConsent, OffsetDateTime.parse("2037-12-01T10:00:00+01:00"));
	}

	/**
	 * Anna's appointment at another time.
	 * @param start when it starts (it lasts an hour)
	 * @return the event
	 */
	public static AppointmentConfirmed confirmedAt(Instant start) {
		return confirmed(uniquePhone(), "anna." + UUID.randomUUID() + "@example.com", true,
				start.atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime());
	}

	public static AppointmentConfirmed confirmed(String phone, @Nullable String email, boolean smsConsent,
			OffsetDateTime start) {
		String bookingId = "bk-" + UUID.randomUUID();
		ClientSnapshot client = new ClientSnapshot("cl-" + UUID.randomUUID(), "Anna Kowalska", phone, email,
				new Consents(smsConsent, false, false), List.of("desk-worker"));
		AppointmentDetails appointment = details(start);
		Pricing pricing = new Pricing(Money.of("250.00", "PLN"), Money.of("25.00", "PLN"), Money.of("225.00", "PLN"),
				List.of(), Pricing.Source.EVALUATED, null);
		return new AppointmentConfirmed(bookingId, appointment, client, pricing,
				"https://spautopia.example/bookings/" + bookingId, shortManageUrl(),
				Instant.parse("2026-11-20T09:00:00Z"));
	}

	/**
	 * A short manage link as booking-service gives them: {@code /m/} and 12 Base64url
	 * characters.
	 * @return the link
	 */
	public static String shortManageUrl() {
		byte[] random = new byte[9];
		ThreadLocalRandom.current().nextBytes(random);
		return "https://spautopia.example/m/" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/**
	 * The confirmation of a client who chose a language.
	 * @param event the confirmation
	 * @param language the language (BCP 47), or none for the spa's default
	 * @return the confirmation in that language
	 */
	public static AppointmentConfirmed inLanguage(AppointmentConfirmed event, @Nullable String language) {
		return new AppointmentConfirmed(event.bookingId(), event.appointment(), event.client().withLanguage(language),
				event.pricing(), event.manageUrl(), event.shortManageUrl(), event.confirmedAt());
	}

	/**
	 * The deep tissue massage with Marta at a given start, for an hour, in Warsaw.
	 * @param start the start
	 * @return the appointment
	 */
	public static AppointmentDetails details(OffsetDateTime start) {
		return new AppointmentDetails("deep-tissue", "Deep Tissue Massage", "th-marta", "Marta Nowak", start,
				start.plusHours(1), "Europe/Warsaw", Money.of("250.00", "PLN"));
	}

	/**
	 * A Polish mobile number no other test uses.
	 * @return the number in E.164 form
	 */
	public static String uniquePhone() {
		return "+48" + (600_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 99_999_999L));
	}

}
