package com.spautopia.booking.schedule;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRulesTest {

	private static final Instant TEN = Instant.parse("2027-02-02T09:00:00Z");

	private static final Instant ELEVEN = TEN.plusSeconds(3600);

	private static final Instant NOON = ELEVEN.plusSeconds(3600);

	@Test
	void freeTimeCanBeHeld() {
		assertThat(ClaimRules.canHold(List.of(new Reservation("other", TEN, ELEVEN)),
				new Reservation("mine", ELEVEN, NOON), null))
			.isTrue();
	}

	@Test
	void timeOverlappingAnotherBookingIsRefused() {
		assertThat(ClaimRules.canHold(List.of(new Reservation("other", TEN, NOON)),
				new Reservation("mine", ELEVEN, NOON), null))
			.isFalse();
	}

	@Test
	void aMoveMayOverlapTheBookingsOwnCurrentTime() {
		assertThat(ClaimRules.canHold(List.of(new Reservation("mine", TEN, NOON)),
				new Reservation("mine", ELEVEN, NOON.plusSeconds(3600)), TEN))
			.isTrue();
	}

	@Test
	void aSecondHoldOfTheSameBookingIsRefused() {
		// two requests moving one booking to the same time: the second must not hold it
		// too
		assertThat(ClaimRules.canHold(
				List.of(new Reservation("mine", TEN, ELEVEN), new Reservation("mine", NOON, NOON.plusSeconds(3600))),
				new Reservation("mine", NOON, NOON.plusSeconds(3600)), TEN))
			.isFalse();
	}

	@Test
	void aNewBookingMayNotOverlapItsOwnEarlierHoldEither() {
		assertThat(ClaimRules.canHold(List.of(new Reservation("mine", TEN, ELEVEN)),
				new Reservation("mine", TEN, ELEVEN), null))
			.isFalse();
	}

}
