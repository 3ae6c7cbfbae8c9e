package com.spautopia.booking.web;

import java.util.Map;

import com.spautopia.booking.IdleRelayTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.BookingApi.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized bodies, unknown fields and oversized strings are refused with problem details
 * before anything is stored, and a client's phone number and email never reach the logs.
 */
@IdleRelayTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsIntegrationTest {

	private static final String BACK_PAIN = "back-pain-desk-workers";

	@LocalServerPort
	int port;

	@Test
	void aBodyOverTheLimitIsA413Problem() {
		String huge = bookingJson(BACK_PAIN, "2030-01-01T10:00:00+01:00", "x".repeat(70_000), "601888001");

		Response answer = new BookingApi(this.port).post("/api/bookings", huge, null);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("type").asText()).endsWith("/request-too-large");
	}

	@Test
	void anUnknownFieldIsA400ProblemNamingIt() {
		String json = bookingJson(BACK_PAIN, "2030-01-01T10:00:00+01:00", "Ada", "601888002").replaceFirst("\\{",
				"{\"discount\": 100, ");

		Response answer = new BookingApi(this.port).post("/api/bookings", json, null);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asText()).contains("discount");
	}

	@Test
	void anOversizedStringIsA400ProblemNamingTheField() {
		Response answer = new BookingApi(this.port).post("/api/bookings",
				bookingJson(BACK_PAIN, "2030-01-01T10:00:00+01:00", "y".repeat(5_000), "601888003"), null);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").toString()).contains("client.name");
	}

	@Test
	void aBookingLogsNeitherThePhoneNumberNorTheEmail(CapturedOutput output) {
		BookingApi api = new BookingApi(this.port);
		String start = api.firstFreeSlot(BACK_PAIN, null).get("start").asText();

		Response booked = api.postWithHeaders("/api/bookings",
				bookingJson(BACK_PAIN, start, "Ada Lovelace", "+48 601 888 004"), Map.of());

		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(output.getAll()).contains(booked.json().get("id").asText())
			.doesNotContain("601888004", "+48601888004", "ada@example.com");
	}

}
