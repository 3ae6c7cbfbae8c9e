package com.spautopia.promotion.campaign;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.sms.Gsm7;

/**
 * How an SMS text goes over the wire and is billed, counted as carriers and Twilio count
 * it (GSM-7: 160 septets, 153 per part once split; UCS-2: 70 code units, 67 per part).
 * notification-service sends a text that needs UCS-2 and more than {@link #MAX_SEGMENTS}
 * segments in a plain GSM-7 form (accents dropped) when that takes fewer segments;
 * {@link #billedSegments()} counts what it would send.
 *
 * @param encoding {@code GSM-7} or {@code UCS-2}
 * @param units septets (GSM-7, escaped characters counting two) or UTF-16 code units
 * @param segments segments of the text as written
 * @param outsideGsm7 the characters that make the text UCS-2, in order of appearance
 * @param plainSegments segments of its plain GSM-7 form (each character outside GSM-7
 * replaced by one that is in it)
 * @param billedSegments segments of what notification-service sends
 */
record SmsEstimate(String encoding, int units, int segments, String outsideGsm7, int plainSegments,
		int billedSegments) {

	/** The segments notification-service fits an offer SMS in when it can. */
	static final int MAX_SEGMENTS = 2;

	static SmsEstimate of(String text) {
		int septets = Gsm7.septets(text);
		if (septets >= 0) {
			int segments = segments(septets, 160, 153);
			return new SmsEstimate("GSM-7", septets, segments, "", segments, segments);
		}
		int segments = segments(text.length(), 70, 67);
		int plain = segments(plainSeptets(text), 160, 153);
		int billed = (segments > MAX_SEGMENTS && plain < segments) ? plain : segments;
		return new SmsEstimate("UCS-2", text.length(), segments, outsideGsm7(text), plain, billed);
	}

	private static int plainSeptets(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			int length = Gsm7.septets(String.valueOf(text.charAt(i)));
			septets += (length > 0) ? length : 1;
		}
		return septets;
	}

	private static String outsideGsm7(String text) {
		Set<String> characters = new LinkedHashSet<>();
		text.codePoints()
			.mapToObj(Character::toString)
			.filter((character) -> Gsm7.septets(character) < 0)
			.forEach(characters::add);
		return characters.stream().collect(Collectors.joining());
	}

	private static int segments(int units, int single, int perPart) {
		return (units <= single) ? 1 : (units + perPart - 1) / perPart;
	}

}
