package com.spautopia.booking.availability;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TherapistSpreadTest {

	private static final OffsetDateTime START = OffsetDateTime.parse("2027-02-02T10:00:00+01:00");

	@Test
	void theLeastBookedTherapistComesFirst() {
		List<Slot> slots = List.of(slot("anna"), slot("ewa"), slot("maria"));

		List<Slot> ordered = TherapistSpread.leastBookedFirst(slots, Map.of("anna", 120L, "ewa", 60L, "maria", 180L),
				new Random(1));

		assertThat(ordered).extracting(Slot::therapistId).containsExactly("ewa", "anna", "maria");
	}

	@Test
	void tiesAreBrokenAtRandomNotByName() {
		List<Slot> slots = List.of(slot("anna"), slot("ewa"), slot("maria"));
		Set<String> firsts = new HashSet<>();

		for (int seed = 0; seed < 30; seed++) {
			firsts.add(TherapistSpread.leastBookedFirst(slots, Map.of(), new Random(seed)).get(0).therapistId());
		}

		assertThat(firsts).containsExactlyInAnyOrder("anna", "ewa", "maria");
	}

	@Test
	void theCouplesTeamWithTheLeastTimeBookedBetweenThemComesFirst() {
		List<Slot> teams = List.of(slot("anna").with(slot("ewa")), slot("anna").with(slot("maria")),
				slot("ewa").with(slot("maria")));

		List<Slot> ordered = TherapistSpread.leastBookedFirst(teams, Map.of("anna", 120L, "ewa", 60L, "maria", 30L),
				new Random(1));

		assertThat(ordered).extracting(Slot::therapistIds)
			.containsExactly(List.of("ewa", "maria"), List.of("anna", "maria"), List.of("anna", "ewa"));
	}

	private static Slot slot(String therapistId) {
		return new Slot(START, START.plusMinutes(50), therapistId, therapistId);
	}

}
