package com.spautopia.booking.web;

import java.time.DayOfWeek;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.time.SpaCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public endpoints are limited per client address and bookings per phone number: past the
 * limit a 429 problem says when to come back, and nothing is booked.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spa.security.rate-limits.enabled=true",
		"spa.security.rate-limits.per-address=6", "spa.security.rate-limits.per-phone=2" })
class RateLimitIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Test
	void thirdBookingForOnePhoneAndSeventhCallFromOneAddressAreRefused() {
		BookingApi api = new BookingApi(this.port);
		LocalDate day = SpaCalendar.seeded()
			.nextOpenDay(7, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
		JsonNode slots = api.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day).json().get("slots");
		String first = slots.get(0).get("start").asText();
		String last = slots.get(slots.size() - 1).get("start").asText();

		Response one = api.post("/api/bookings", bookingJson(BACK_PAIN, first, "Ada Lovelace", "601777001"), null);
		Response two = api.post("/api/bookings", bookingJson(BACK_PAIN, last, "Ada Lovelace", "601777001"), null);
		Response three = api.post("/api/bookings",
				bookingJson(BACK_PAIN, slots.get(slots.size() / 2).get("start").asText(), "Ada Lovelace", "601777001"),
				null);

		assertThat(one.status()).as(one.body()).isEqualTo(201);
		assertThat(two.status()).as(two.body()).isEqualTo(201);
		assertThat(three.status()).isEqualTo(429);
		assertThat(three.contentType()).startsWith("application/problem+json");
		assertThat(three.json().get("detail").asText()).contains("phone number");
		assertThat(three.header("Retry-After")).isNotEmpty();

		assertThat(api.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day).status()).isEqualTo(200);
		assertThat(api.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day).status()).isEqualTo(200);
		Response seventh = api.get("/api/availability?treatmentId=" + BACK_PAIN + "&date=" + day);

		assertThat(seventh.status()).isEqualTo(429);
		assertThat(seventh.json().get("type").asText()).endsWith("/rate-limited");
		assertThat(seventh.json().get("detail").asText()).contains("address");
		assertThat(Long.parseLong(seventh.header("Retry-After"))).isPositive();
		assertThat(api.get("/api/treatments").status()).as("the catalog is not rate limited").isEqualTo(200);
	}

}
