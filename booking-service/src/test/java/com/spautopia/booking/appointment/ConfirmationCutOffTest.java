package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationCutOffTest {

	private static final Instant START = Instant.parse("2030-03-04T15:00:00Z");

	private static final Duration SIX_HOURS = Duration.ofHours(6);

	@Test
	void anUnconfirmedBookingIsDueFromTheCutOffUntilItStarts() {
		assertThat(due(BookingStatus.CONFIRMED, null, START.minus(SIX_HOURS))).isTrue();
		assertThat(due(BookingStatus.CONFIRMED, null, START.minusSeconds(1))).isTrue();
	}

	@Test
	void notBeforeTheCutOffNorOnceStarted() {
		assertThat(due(BookingStatus.CONFIRMED, null, START.minus(SIX_HOURS).minusSeconds(1))).isFalse();
		assertThat(due(BookingStatus.CONFIRMED, null, START)).isFalse();
	}

	@Test
	void neverWhenTheClientConfirmedOrTheBookingIsNotConfirmed() {
		Instant now = START.minusSeconds(60);
		assertThat(ConfirmationCutOff.due(BookingStatus.CONFIRMED, now.minusSeconds(5), START, now, SIX_HOURS))
			.isFalse();
		assertThat(due(BookingStatus.REQUESTED, null, now)).isFalse();
		assertThat(due(BookingStatus.CANCELLED, null, now)).isFalse();
	}

	private static boolean due(BookingStatus status, Instant clientConfirmedAt, Instant now) {
		return ConfirmationCutOff.due(status, clientConfirmedAt, START, now, SIX_HOURS);
	}

}
