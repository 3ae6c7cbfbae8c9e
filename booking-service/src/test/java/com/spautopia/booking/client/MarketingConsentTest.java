package com.spautopia.booking.client;

import com.spautopia.events.ClientSnapshot.Consents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarketingConsentTest {

	private static final Consents ASKED_ON_THE_FORM = new Consents(true, true, true);

	private static final Consents NOTHING_ON_THE_FORM = new Consents(true, false, false);

	@Test
	void aNewClientsMarketingConsentWaitsForConfirmation() {
		assertThat(MarketingConsent.onBooking(null, ASKED_ON_THE_FORM)).isEqualTo(new Consents(true, false, false));
		assertThat(MarketingConsent.asksForMarketing(null, ASKED_ON_THE_FORM)).isTrue();
		assertThat(MarketingConsent.asksForMarketing(null, NOTHING_ON_THE_FORM)).isFalse();
	}

	@Test
	void aBookingWithoutTheTickWithdrawsNothing() {
		Consents given = new Consents(true, true, true);

		assertThat(MarketingConsent.onBooking(given, NOTHING_ON_THE_FORM)).isEqualTo(given);
		assertThat(MarketingConsent.asksForMarketing(given, ASKED_ON_THE_FORM)).as("confirmed already").isFalse();
	}

	@Test
	void leavingSmsOnTheFormStopsMarketingSmsButNotEmail() {
		assertThat(MarketingConsent.onBooking(new Consents(true, true, true), new Consents(false, false, false)))
			.isEqualTo(new Consents(false, false, true));
	}

	@Test
	void aConfirmationGivesMarketingOnlyWhereTheClientCanBeReached() {
		assertThat(MarketingConsent.confirmed(new Consents(true, false, false), true))
			.isEqualTo(new Consents(true, true, true));
		assertThat(MarketingConsent.confirmed(new Consents(false, false, false), true))
			.isEqualTo(new Consents(false, false, true));
		assertThat(MarketingConsent.confirmed(new Consents(true, false, false), false))
			.isEqualTo(new Consents(true, true, false));
	}

}
