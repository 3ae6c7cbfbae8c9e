package com.spautopia.booking.client;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a client's consent ledger: what the client's consents became, when, and on
 * whose word.
 *
 * @param consents the consents from then on
 * @param source where the change came from, such as {@code booking} or
 * {@code SMS reply STOP}
 * @param at when
 * @param eventId the event that carried the change, if one did; makes redelivery harmless
 * @param by who made the change: {@value #CLIENT} for the client's own word (booking
 * form, SMS reply), or the name of the member of staff; {@code null} in entries recorded
 * before the ledger said who
 */
public record ConsentChange(Consents consents, String source, Instant at, @Nullable String eventId,
		@Nullable String by) {

	/** The {@code by} of a change the client made. */
	public static final String CLIENT = "client";

	/**
	 * The source of the entry of a marketing consent asked for on the booking page, which
	 * waits for the client's confirmation.
	 */
	public static final String MARKETING_ASKED = "booking form: marketing asked for, awaiting the client's confirmation (double opt-in)";

}
