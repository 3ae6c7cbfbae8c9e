package com.spautopia.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chaos traffic writes down as a move the platform owes an
 * AppointmentRescheduled for.
 */
class ChaosTrafficTest {

	@Test
	void aMoveAnsweredWithTheSameStartIsNoMove() {
		// booking-service answers 200 and changes nothing when asked to move a booking to
		// its own time (another therapist may be free then, so availability lists it)
		assertThat(ChaosTraffic.movedAway("2026-12-09T18:15:00+01:00", "2026-12-09T18:15:00+01:00")).isFalse();
		assertThat(ChaosTraffic.movedAway("2026-12-09T18:15:00+01:00", "2026-12-09T17:15:00Z")).isFalse();
	}

	@Test
	void aMoveAnsweredWithAnotherStartIsAMove() {
		assertThat(ChaosTraffic.movedAway("2026-12-09T18:15:00+01:00", "2026-12-09T11:30:00+01:00")).isTrue();
	}

	@Test
	void anAnswerWithoutAStartCountsAsAMoveSoItsEventIsStillChecked() {
		assertThat(ChaosTraffic.movedAway("2026-12-09T18:15:00+01:00", "")).isTrue();
	}

}
