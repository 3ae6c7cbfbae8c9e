package com.spautopia.events;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SealedLinksTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_KEY = Base64.getEncoder()
		.encodeToString("another key of thirty-two bytes!".getBytes());

	private static final String LINK = "https://spautopia.pl/manage/b-1?token=Xk3_9aQw-LmZpQr7";

	private final SealedLinks seal = SealedLinks.withKey(KEY);

	@Test
	void aSealedLinkShowsNothingOfTheLinkAndOpensWithTheKeyForItsBooking() {
		String sealed = this.seal.seal(LINK, "b-1");

		assertThat(sealed).startsWith(SealedLinks.PREFIX).doesNotContain("spautopia", "token", "Xk3_9aQw");
		assertThat(SealedLinks.withKey(KEY).open(sealed, "b-1")).isEqualTo(LINK);
		assertThat(this.seal.seal(LINK, "b-1")).as("a fresh nonce every time").isNotEqualTo(sealed);
	}

	@Test
	void doesNotOpenWithAnotherKeyForAnotherBookingOrWhenAltered() {
		String sealed = this.seal.seal(LINK, "b-1");

		assertThatIllegalArgumentException().isThrownBy(() -> SealedLinks.withKey(OTHER_KEY).open(sealed, "b-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(sealed, "b-2"))
			.withMessageContaining("b-2");
		int at = SealedLinks.PREFIX.length() + 20;
		String altered = sealed.substring(0, at) + ((sealed.charAt(at) == 'A') ? 'B' : 'A') + sealed.substring(at + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(altered, "b-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.seal.open(SealedLinks.PREFIX + "AAAA", "b-1"));
	}

	@Test
	void aLinkFromAnEventPublishedBeforeLinksWereSealedIsGivenBackAsItIs() {
		assertThat(this.seal.open(LINK, "b-1")).isEqualTo(LINK);
	}

	@Test
	void refusesAKeyThatIsNotThirtyTwoBytesOfBase64() {
		assertThatIllegalArgumentException().isThrownBy(() -> SealedLinks.withKey("c2hvcnQ="))
			.withMessageContaining("32 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> SealedLinks.withKey("not base64 at all!"))
			.withMessageContaining("Base64");
	}

}
