package com.spautopia.notification.unsubscribe;

import java.nio.charset.StandardCharsets;

import com.spautopia.events.Channel;
import com.spautopia.notification.unsubscribe.UnsubscribeTokens.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unsubscribe tokens: only the key's holder makes one that reads as genuine, for the
 * client and channel it was made for.
 */
class UnsubscribeTokensTests {

	private final UnsubscribeTokens tokens = new UnsubscribeTokens("the-key".getBytes(StandardCharsets.UTF_8));

	@Test
	void aTokenReadsAsTheClientAndChannelItWasMadeFor() {
		String token = this.tokens.token("cl-42", Channel.EMAIL);

		assertThat(token).startsWith("email.").doesNotContain("cl-42");
		assertThat(this.tokens.read(token)).contains(new Claim("cl-42", Channel.EMAIL, true));
	}

	@Test
	void aTokenSignedWithAnotherKeyIsNotGenuine() {
		String forged = new UnsubscribeTokens("another-key".getBytes(StandardCharsets.UTF_8)).token("cl-42",
				Channel.EMAIL);

		assertThat(this.tokens.read(forged)).hasValueSatisfying((claim) -> assertThat(claim.genuine()).isFalse());
	}

	@Test
	void anotherClientsIdOrChannelWithAGenuineSignatureIsNotGenuine() {
		String[] parts = this.tokens.token("cl-42", Channel.EMAIL).split("\\.");
		String otherClient = this.tokens.token("cl-43", Channel.EMAIL).split("\\.")[1];

		assertThat(this.tokens.read(parts[0] + "." + otherClient + "." + parts[2]))
			.hasValueSatisfying((claim) -> assertThat(claim.genuine()).isFalse());
		assertThat(this.tokens.read("sms." + parts[1] + "." + parts[2]))
			.hasValueSatisfying((claim) -> assertThat(claim.genuine()).isFalse());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "nonsense", "email.Y2wtNDI", "email.Y2wtNDI.short", "fax.Y2wtNDI.",
			"email..AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"email.Y2wt NDI.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"fax.Y2wtNDI.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"email.A.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
	void malformedTokensReadAsNothing(String token) {
		assertThat(this.tokens.read(token)).isEmpty();
	}

	@Test
	void anOverlongTokenReadsAsNothing() {
		assertThat(this.tokens.read("email." + "A".repeat(500) + "." + "A".repeat(43))).isEmpty();
	}

}
