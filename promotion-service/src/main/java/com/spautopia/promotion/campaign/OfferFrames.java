package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Puts a campaign's text into the frame notification-service sends it in (the spa's name,
 * the code, the end date, the STOP hint, the unsubscribe link), so the preview measures
 * what clients get. The client's name and the unsubscribe link differ per client: the
 * email shows placeholders for them.
 */
final class OfferFrames {

	static final String FIRST_NAME = "[first name]";

	static final String UNSUBSCRIBE_URL = "[unsubscribe link]";

	private OfferFrames() {
	}

	static Rendered render(String language, PreviewProperties.Frame frame, String spaName, String message, String code,
			Instant validUntil, ZoneId zone) {
		String date = DateTimeFormatter.ofPattern(frame.datePattern(), Locale.forLanguageTag(language))
			.format(validUntil.atZone(zone));
		Map<String, String> values = Map.of("{spaName}", spaName, "{message}", message.strip(), "{code}", code,
				"{validUntil}", date, "{firstName}", FIRST_NAME, "{unsubscribeUrl}", UNSUBSCRIBE_URL);
		return new Rendered(fill(frame.sms(), values).strip(), fill(frame.emailSubject(), values).strip(),
				fill(frame.emailText(), values).strip());
	}

	// one pass, so a campaign text containing "{code}" stays as written
	private static String fill(String template, Map<String, String> values) {
		StringBuilder out = new StringBuilder(template.length() + 200);
		int i = 0;
		while (i < template.length()) {
			String placeholder = placeholderAt(template, i, values);
			if (placeholder != null) {
				out.append(values.get(placeholder));
				i += placeholder.length();
			}
			else {
				out.append(template.charAt(i++));
			}
		}
		return out.toString();
	}

	private static @Nullable String placeholderAt(String template, int index, Map<String, String> values) {
		if (template.charAt(index) != '{') {
			return null;
		}
		return values.keySet().stream().filter((key) -> template.startsWith(key, index)).findFirst().orElse(null);
	}

	/**
	 * An offer as a client reads it.
	 *
	 * @param sms the SMS text
	 * @param emailSubject the email's subject
	 * @param emailText the email's text
	 */
	record Rendered(String sms, String emailSubject, String emailText) {
	}

}
