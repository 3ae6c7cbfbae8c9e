package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.spautopia.booking.client.ClientDetails;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Money;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdempotentRequestTest {

	private static final BookingRequest REQUEST = new BookingRequest("swedish", null,
			OffsetDateTime.parse("2030-05-07T11:00:00+02:00"),
			new ClientDetails("Ada", "601 100 601", "ada@example.com", true, false, null), "DESK10");

	@Test
	void theSameKeyAndBodyGiveTheBookingTheKeyMade() {
		Booking earlier = bookingMadeWith(IdempotentRequest.of("key-1", REQUEST));

		assertThat(IdempotentRequest.of("key-1", REQUEST).replay(earlier)).isSameAs(earlier);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		Booking earlier = bookingMadeWith(IdempotentRequest.of("key-1", REQUEST));
		BookingRequest another = new BookingRequest("swedish", null, REQUEST.start().plusHours(1), REQUEST.client(),
				"DESK10");

		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> IdempotentRequest.of("key-1", another).replay(earlier))
			.satisfies((problem) -> {
				assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
				assertThat(problem.getBody().getDetail()).contains("different request");
			});
	}

	@Test
	void theFingerprintIsOfTheWholeBody() {
		BookingRequest otherCode = new BookingRequest("swedish", null, REQUEST.start(), REQUEST.client(), "DESK15");

		assertThat(IdempotentRequest.of("k", REQUEST)).isEqualTo(IdempotentRequest.of("k", REQUEST));
		assertThat(IdempotentRequest.of("k", otherCode).fingerprint())
			.isNotEqualTo(IdempotentRequest.of("k", REQUEST).fingerprint());
	}

	private static Booking bookingMadeWith(IdempotentRequest idempotency) {
		Instant start = REQUEST.start().toInstant();
		return Booking.requested("b-1",
				new ClientSnapshot("c-1", "Ada", "+48601100601", null, new Consents(true, false, false), List.of()),
				new BookedTime("swedish", "Swedish", "t-1", "Maria", start, start.plusSeconds(3600), "Europe/Warsaw",
						Money.of("200", "PLN"), null, null, "lavender", "Lavender Room"),
				"DESK10", new ManageAccess("short-code-hash", null), idempotency, start.minusSeconds(86_400));
	}

}
