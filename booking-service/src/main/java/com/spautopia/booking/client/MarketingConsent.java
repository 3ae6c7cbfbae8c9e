package com.spautopia.booking.client;

import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

/**
 * The double opt-in rules of marketing consent. The booking form's SMS consent applies at
 * once (the client is texted about the booking); its marketing consent is only a request
 * until the phone itself confirms it (the client replies OFFERS to our SMS), and a
 * booking without it withdraws nothing (anyone can type a number into the form;
 * withdrawing is STOP or the email's unsubscribe link). Leaving SMS stops marketing SMS
 * too.
 */
final class MarketingConsent {

	/** The consent ledger's words for a confirmation. */
	static final String CONFIRMED = "marketing confirmed by the client (double opt-in)";

	private MarketingConsent() {
	}

	/**
	 * The client's consents after a booking.
	 * @param current the client's consents, or {@code null} for a new client
	 * @param given the booking form's consents
	 * @return the consents from now on
	 */
	static Consents onBooking(@Nullable Consents current, Consents given) {
		boolean sms = given.transactionalSms();
		if (current == null) {
			return new Consents(sms, false, false);
		}
		return new Consents(sms, sms && current.marketingSms(), current.marketingEmail());
	}

	/**
	 * Whether a booking asks for marketing consent the client has not confirmed yet.
	 * @param current the client's consents, or {@code null} for a new client
	 * @param given the booking form's consents
	 * @return whether a confirmation must be asked for
	 */
	static boolean asksForMarketing(@Nullable Consents current, Consents given) {
		boolean asked = given.marketingSms() || given.marketingEmail();
		boolean confirmed = current != null && (current.marketingSms() || current.marketingEmail());
		return asked && !confirmed;
	}

	/**
	 * The consents once the client confirmed marketing.
	 * @param current the client's consents
	 * @param hasEmail whether the client has an email address
	 * @return marketing SMS where the client takes SMS, marketing email where there is an
	 * address
	 */
	static Consents confirmed(Consents current, boolean hasEmail) {
		return new Consents(current.transactionalSms(), current.transactionalSms(), hasEmail);
	}

}
