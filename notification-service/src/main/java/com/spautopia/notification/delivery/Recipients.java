package com.spautopia.notification.delivery;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers and email addresses for logs: {@code +48*****789},
 * {@code j***@example.com}.
 */
public final class Recipients {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{5,}\\d");

	private Recipients() {
	}

	/**
	 * Masks a recipient, a phone number or an email address.
	 * @param recipient the phone number or email address
	 * @return the masked form
	 */
	public static String mask(String recipient) {
		return recipient.contains("@") ? maskEmail(recipient) : maskPhone(recipient);
	}

	public static String maskPhone(String phone) {
		if (phone.length() <= 6) {
			return "*****";
		}
		return phone.substring(0, 3) + "*****" + phone.substring(phone.length() - 3);
	}

	public static String maskEmail(String email) {
		int at = email.lastIndexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * Masks every phone number and email address in a text, such as a provider's error
	 * message.
	 * @param text the text
	 * @return the text with recipients masked
	 */
	public static String scrub(String text) {
		String withoutEmails = replace(EMAIL.matcher(text), Recipients::maskEmail);
		return replace(PHONE.matcher(withoutEmails), Recipients::maskPhone);
	}

	private static String replace(Matcher matcher, UnaryOperator<String> masking) {
		return matcher.replaceAll((match) -> Matcher.quoteReplacement(masking.apply(match.group())));
	}

}
