package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentRequested;
import org.jspecify.annotations.Nullable;

/**
 * Object Mother of requested appointments: a 60-minute deep tissue massage at 250 PLN.
 */
final class AppointmentRequests {

	static final Money LIST_PRICE = Money.of("250.00", "PLN");

	private AppointmentRequests() {
	}

	static String newBookingId() {
		return "bkg-" + UUID.randomUUID();
	}

	static AppointmentRequested withoutCode(String bookingId) {
		return request(bookingId, null);
	}

	static AppointmentRequested withCode(String bookingId, String promoCode) {
		return request(bookingId, promoCode);
	}

	private static AppointmentRequested request(String bookingId, @Nullable String promoCode) {
		OffsetDateTime start = OffsetDateTime.parse("2030-05-06T10:00:00+02:00");
		AppointmentDetails appointment = new AppointmentDetails("deep-tissue-60", "Deep tissue massage, 60 min",
				"therapist-anna", "Anna Nowak", start, start.plusMinutes(60), "Europe/Warsaw", LIST_PRICE);
		ClientSnapshot client = new ClientSnapshot("client-jan", "Jan Kowalski", "+48123456789", "jan@example.com",
				new ClientSnapshot.Consents(true, false, false), List.of("desk-worker"));
		return new AppointmentRequested(bookingId, appointment, client, promoCode,
				Instant.parse("2030-05-01T08:30:00Z"));
	}

}
