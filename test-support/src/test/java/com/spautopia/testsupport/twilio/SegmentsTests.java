package com.spautopia.testsupport.twilio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsTests {

	@Test
	void countsGsm7In160And153CharacterParts() {
		assertThat(Segments.count("a".repeat(160))).isEqualTo(1);
		assertThat(Segments.count("a".repeat(161))).isEqualTo(2);
		assertThat(Segments.count("a".repeat(306))).isEqualTo(2);
		assertThat(Segments.count("a".repeat(307))).isEqualTo(3);
	}

	@Test
	void countsGsm7ExtensionCharactersTwice() {
		assertThat(Segments.count("€".repeat(80))).isEqualTo(1);
		assertThat(Segments.count("€".repeat(81))).isEqualTo(2);
	}

	@Test
	void countsUcs2In70And67CharacterParts() {
		assertThat(Segments.count("ż".repeat(70))).isEqualTo(1);
		assertThat(Segments.count("ż".repeat(71))).isEqualTo(2);
		assertThat(Segments.count("ż".repeat(134))).isEqualTo(2);
		assertThat(Segments.count("ż".repeat(135))).isEqualTo(3);
	}

	@Test
	void masksPhoneNumbersForLogs() {
		assertThat(PhoneNumbers.mask("+48601234789")).isEqualTo("+48******789");
	}

}
