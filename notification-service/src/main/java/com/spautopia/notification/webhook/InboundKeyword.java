package com.spautopia.notification.webhook;

import java.util.Locale;
import java.util.Set;

import com.spautopia.events.notification.ClientOptedIn;

/**
 * What an inbound SMS asks for. A message counts as a keyword when, trimmed and without
 * trailing punctuation, it is exactly that word, in any case, as Twilio matches its own
 * opt-out keywords.
 */
enum InboundKeyword {

	/** Twilio's opt-out words: no SMS of any kind any more. */
	OPT_OUT,

	/** START or UNSTOP: SMS again. */
	OPT_IN,

	/** YES: confirms the next appointment (and, as with Twilio, opts back in). */
	YES,

	/** C, OK, Y or CONFIRM: confirms the next appointment. */
	CONFIRM,

	/** OFFERS: confirms the offers asked for on the booking page (double opt-in). */
	OFFERS,

	/** HELP or INFO. */
	HELP,

	/** Anything else. */
	OTHER;

	private static final Set<String> OPT_OUT_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
			"REVOKE", "OPTOUT");

	private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP");

	static String normalize(String body) {
		return body.strip().replaceAll("[\\p{Punct}\\s]+$", "").toUpperCase(Locale.ROOT);
	}

	static InboundKeyword of(String body) {
		String word = normalize(body);
		if (OPT_OUT_WORDS.contains(word)) {
			return OPT_OUT;
		}
		if (OPT_IN_WORDS.contains(word)) {
			return OPT_IN;
		}
		return switch (word) {
			case "YES" -> YES;
			case "C", "OK", "Y", "CONFIRM" -> CONFIRM;
			case ClientOptedIn.OFFERS -> OFFERS;
			case "HELP", "INFO" -> HELP;
			default -> OTHER;
		};
	}

}
