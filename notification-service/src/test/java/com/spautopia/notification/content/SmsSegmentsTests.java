package com.spautopia.notification.content;

import com.spautopia.notification.content.SmsSize.Encoding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTests {

	@Test
	void gsm7TextUpTo160CharactersIsOneSegment() {
		assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSize(Encoding.GSM_7, 160, 1));
	}

	@Test
	void longerGsm7TextIsSplitIn153CharacterParts() {
		assertThat(SmsSegments.of("a".repeat(161)).segments()).isEqualTo(2);
		assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
		assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
	}

	@Test
	void extensionCharactersCountTwice() {
		assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSize(Encoding.GSM_7, 160, 1));
		assertThat(SmsSegments.of("[" + "a".repeat(159)).segments()).isEqualTo(2);
	}

	@Test
	void anyCharacterOutsideGsm7MakesTheWholeTextUcs2() {
		assertThat(SmsSegments.of("Łucja")).isEqualTo(new SmsSize(Encoding.UCS_2, 5, 1));
		assertThat(SmsSegments.of("ł" + "a".repeat(69)).segments()).isEqualTo(1);
		assertThat(SmsSegments.of("ł" + "a".repeat(70)).segments()).isEqualTo(2);
		assertThat(SmsSegments.of("ł" + "a".repeat(134)).segments()).isEqualTo(3);
	}

	@Test
	void fittingDropsAccentsOnlyWhenTheTextWouldNotFit() {
		String shortText = "Cześć Łucja";
		String longText = "Cześć Łucja, " + "a".repeat(150);

		assertThat(SmsSegments.fit(shortText, 2)).isEqualTo(shortText);
		assertThat(SmsSegments.fit(longText, 2)).startsWith("Czesc Lucja, ");
		assertThat(SmsSegments.of(SmsSegments.fit(longText, 2))).extracting(SmsSize::encoding, SmsSize::segments)
			.containsExactly(Encoding.GSM_7, 2);
	}

	@Test
	void typographicPunctuationBecomesPlain() {
		assertThat(SmsSegments.toGsm7("it’s “fine” – really…")).isEqualTo("it's \"fine\" - really...");
	}

}
