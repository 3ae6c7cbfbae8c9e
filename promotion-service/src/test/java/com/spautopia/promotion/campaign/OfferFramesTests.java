package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfferFramesTests {

	private static final PreviewProperties.Frame ENGLISH = new PreviewProperties.Frame(
			"{spaName}: {message} Code: {code}. Valid until {validUntil}. Reply STOP to opt out.",
			"{spaName}: an offer for you, {firstName}", "Hi {firstName},\n\n{message}\n\nUnsubscribe: {unsubscribeUrl}",
			"EEE d MMM uuuu");

	private static final Instant END = Instant.parse("2027-01-31T23:00:00Z");

	@Test
	void smsCarriesTheSpaNameTheCodeTheEndAndTheStopHint() {
		OfferFrames.Rendered rendered = OfferFrames.render("en", ENGLISH, "Spa Utopia",
				" 30 PLN off your next massage ", "SPA-7K2M9Q4XRT", END, ZoneId.of("Europe/Warsaw"));

		assertThat(rendered.sms()).isEqualTo("Spa Utopia: 30 PLN off your next massage Code: SPA-7K2M9Q4XRT. "
				+ "Valid until Mon 1 Feb 2027. Reply STOP to opt out.");
		assertThat(SmsEstimate.of(rendered.sms()).segments()).isEqualTo(1);
	}

	@Test
	void emailNamesTheClientAndTheUnsubscribeLinkByPlaceholder() {
		OfferFrames.Rendered rendered = OfferFrames.render("en", ENGLISH, "Spa Utopia", "30 PLN off", "SPA-7K2M9Q4XRT",
				END, ZoneId.of("Europe/Warsaw"));

		assertThat(rendered.emailSubject()).isEqualTo("Spa Utopia: an offer for you, [first name]");
		assertThat(rendered.emailText()).isEqualTo("Hi [first name],\n\n30 PLN off\n\nUnsubscribe: [unsubscribe link]");
	}

	@Test
	void placeholdersInTheCampaignsTextStayAsWritten() {
		OfferFrames.Rendered rendered = OfferFrames.render("en", ENGLISH, "Spa Utopia", "Use {code} today",
				"SPA-7K2M9Q4XRT", END, ZoneId.of("Europe/Warsaw"));

		assertThat(rendered.sms()).startsWith("Spa Utopia: Use {code} today Code: SPA-7K2M9Q4XRT.");
	}

	@Test
	void theDateIsWrittenInTheFramesLanguage() {
		PreviewProperties.Frame polish = new PreviewProperties.Frame("{message} Kod: {code}, ważny do {validUntil}.",
				"{spaName}", "{message}", "d MMMM uuuu");

		OfferFrames.Rendered rendered = OfferFrames.render("pl", polish, "Spa Utopia", "Masaż -20%", "SPA-7K2M9Q4XRT",
				END, ZoneId.of("Europe/Warsaw"));

		assertThat(rendered.sms()).isEqualTo("Masaż -20% Kod: SPA-7K2M9Q4XRT, ważny do 1 lutego 2027.");
		assertThat(SmsEstimate.of(rendered.sms()).encoding()).isEqualTo("UCS-2");
	}

}
