package com.spautopia.promotion.campaign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsEstimateTests {

	@Test
	void gsm7TextFitsOneSegmentUpTo160Septets() {
		assertThat(SmsEstimate.of("a".repeat(160))).isEqualTo(new SmsEstimate("GSM-7", 160, 1, "", 1, 1));
		assertThat(SmsEstimate.of("a".repeat(161)).segments()).isEqualTo(2);
		assertThat(SmsEstimate.of("a".repeat(306)).segments()).isEqualTo(2);
		assertThat(SmsEstimate.of("a".repeat(307)).segments()).isEqualTo(3);
	}

	@Test
	void extensionCharactersCountTwoSeptets() {
		SmsEstimate size = SmsEstimate.of("a".repeat(158) + "€");

		assertThat(size.encoding()).isEqualTo("GSM-7");
		assertThat(size.units()).isEqualTo(160);
		assertThat(SmsEstimate.of("a".repeat(159) + "€").segments()).isEqualTo(2);
	}

	@Test
	void oneCharacterOutsideGsm7MakesTheWholeTextUcs2() {
		SmsEstimate size = SmsEstimate.of("Zniżka 20% na masaż pleców — tylko w tym tygodniu!");

		assertThat(size.encoding()).isEqualTo("UCS-2");
		assertThat(size.units()).isEqualTo(50);
		assertThat(size.segments()).isEqualTo(1);
		assertThat(size.outsideGsm7()).isEqualTo("żó—");
		assertThat(size.billedSegments()).isEqualTo(1);
	}

	@Test
	void ucs2SplitsInto67CharacterParts() {
		assertThat(SmsEstimate.of("ł".repeat(70)).segments()).isEqualTo(1);
		assertThat(SmsEstimate.of("ł".repeat(71)).segments()).isEqualTo(2);
		assertThat(SmsEstimate.of("ł".repeat(134)).segments()).isEqualTo(2);
		assertThat(SmsEstimate.of("ł".repeat(135)).segments()).isEqualTo(3);
	}

	@Test
	void overTwoUcs2SegmentsIsBilledAsItsPlainGsm7FormLikeNotificationServiceSendsIt() {
		SmsEstimate size = SmsEstimate.of("ł" + "a".repeat(149));

		assertThat(size.segments()).isEqualTo(3);
		assertThat(size.plainSegments()).isEqualTo(1);
		assertThat(size.billedSegments()).isEqualTo(1);
	}

	@Test
	void upToTwoUcs2SegmentsAreSentAsWritten() {
		SmsEstimate size = SmsEstimate.of("ł" + "a".repeat(100));

		assertThat(size.segments()).isEqualTo(2);
		assertThat(size.plainSegments()).isEqualTo(1);
		assertThat(size.billedSegments()).isEqualTo(2);
	}

}
