package com.spautopia.booking.availability;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TeamsTest {

	private static final OffsetDateTime START = OffsetDateTime.parse("2027-02-02T10:00:00+01:00");

	private static final List<Slot> FREE = List.of(slot("ewa"), slot("jan"), slot("maria"));

	@Test
	void aTreatmentForOneIsGivenByAnyFreeTherapistOrTheOneAskedFor() {
		assertThat(Teams.at(FREE, 1, null)).isEqualTo(FREE);
		assertThat(Teams.at(FREE, 1, "jan")).extracting(Slot::therapistId).containsExactly("jan");
		assertThat(Teams.at(FREE, 1, "piotr")).isEmpty();
	}

	@Test
	void aCouplesTreatmentIsGivenByAnyTwoFreeTherapists() {
		assertThat(Teams.at(FREE, 2, null)).extracting(Slot::therapistId, Slot::secondTherapistId)
			.containsExactly(tuple("ewa", "jan"), tuple("ewa", "maria"), tuple("jan", "maria"));
	}

	@Test
	void theTherapistAskedForIsInEveryCouplesTeamAndNamedFirst() {
		assertThat(Teams.at(FREE, 2, "jan")).extracting(Slot::therapistId, Slot::secondTherapistId)
			.containsExactly(tuple("jan", "ewa"), tuple("jan", "maria"));
		assertThat(Teams.at(FREE, 2, "jan")).allSatisfy((team) -> {
			assertThat(team.start()).isEqualTo(START);
			assertThat(team.secondTherapistName()).isEqualTo(team.secondTherapistId().toUpperCase());
		});
	}

	@Test
	void oneFreeTherapistIsNoCouplesTeam() {
		assertThat(Teams.at(List.of(slot("maria")), 2, null)).isEmpty();
		assertThat(Teams.at(FREE, 2, "piotr")).isEmpty();
	}

	private static Slot slot(String therapistId) {
		return new Slot(START, START.plusMinutes(60), therapistId, therapistId.toUpperCase());
	}

}
