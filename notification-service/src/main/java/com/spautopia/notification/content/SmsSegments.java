package com.spautopia.notification.content;

import java.text.Normalizer;
import java.util.Map;

import com.spautopia.notification.content.SmsSize.Encoding;
import com.spautopia.sms.Gsm7;

/**
 * Counts SMS segments as carriers do and, where a text needs UCS-2 only for accents or
 * typographic punctuation, gives a GSM-7 form of it that fits in fewer segments.
 */
public final class SmsSegments {

	private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(Map.entry('ł', "l"), Map.entry('Ł', "L"),
			Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', "'"),
			Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', "\""), Map.entry('–', "-"), Map.entry('—', "-"),
			Map.entry('…', "..."), Map.entry('\u00A0', " "), Map.entry('\u202F', " "));

	private SmsSegments() {
	}

	/**
	 * Measures a text.
	 * @param text the text
	 * @return its encoding, length in units and segment count
	 */
	public static SmsSize of(String text) {
		int septets = Gsm7.septets(text);
		if (septets < 0) {
			return new SmsSize(Encoding.UCS_2, text.length(), segments(text.length(), 70, 67));
		}
		return new SmsSize(Encoding.GSM_7, septets, segments(septets, 160, 153));
	}

	/**
	 * The text itself if it fits in the given segments; otherwise its GSM-7 form (accents
	 * dropped, typographic punctuation made plain) when that is shorter on the wire.
	 * @param text the text
	 * @param maxSegments the segments it should fit in
	 * @return the text to send
	 */
	public static String fit(String text, int maxSegments) {
		SmsSize size = of(text);
		if (size.segments() <= maxSegments || size.encoding() == Encoding.GSM_7) {
			return text;
		}
		String plain = toGsm7(text);
		return (of(plain).segments() < size.segments()) ? plain : text;
	}

	static String toGsm7(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Gsm7.contains(c)) {
				out.append(c);
			}
			else if (REPLACEMENTS.containsKey(c)) {
				out.append(REPLACEMENTS.get(c));
			}
			else {
				String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
				out.append(isGsm(stripped) ? stripped : "?");
			}
		}
		return out.toString();
	}

	private static boolean isGsm(String text) {
		return !text.isEmpty() && of(text).encoding() == Encoding.GSM_7;
	}

	private static int segments(int units, int single, int perPart) {
		return (units <= single) ? 1 : (units + perPart - 1) / perPart;
	}

}
