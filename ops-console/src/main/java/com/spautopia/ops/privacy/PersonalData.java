package com.spautopia.ops.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masks phone numbers and email addresses so that an operator can tell them apart without
 * reading them: {@code +48601234567} becomes {@code +48 *** *** 567},
 * {@code ada@example.com} becomes {@code a***@example.com}.
 */
public final class PersonalData {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	/**
	 * A phone number in text: at least eight digits, maybe with a leading {@code +} and
	 * spaces, dashes or brackets, not part of a longer word (an id such as
	 * {@code booking-12345678-...} is no phone number).
	 */
	private static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\d(?:[ ()-]?\\d){7,}(?![\\w-])");

	private static final Pattern WHOLE_PHONE = Pattern.compile("\\+?\\d(?:[ ()-]?\\d){7,}");

	private PersonalData() {
	}

	/**
	 * A phone number masked: its country code (the first two digits after a {@code +})
	 * and its last three digits.
	 * @param phone the number
	 * @return the masked number
	 */
	public static String maskPhone(String phone) {
		String digits = phone.replaceAll("\\D", "");
		if (digits.length() < 7) {
			return "***";
		}
		String country = phone.strip().startsWith("+") ? "+" + digits.substring(0, 2) + " " : "";
		return country + "*** *** " + digits.substring(digits.length() - 3);
	}

	/**
	 * An email address masked: the first character of its local part and its domain.
	 * @param email the address
	 * @return the masked address
	 */
	public static String maskEmail(String email) {
		int at = email.lastIndexOf('@');
		if (at < 1) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * A text with every phone number and email address in it masked.
	 * @param text the text, such as an error message
	 * @return the masked text
	 */
	public static @Nullable String maskText(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String masked = replace(EMAIL.matcher(text), true);
		return replace(PHONE.matcher(masked), false);
	}

	/**
	 * A value that may be a phone number (a record key, an event's subject) masked if it
	 * is one, else as it is.
	 * @param value the value
	 * @return the value, masked if a phone number
	 */
	public static @Nullable String maskIfPhone(@Nullable String value) {
		return (value != null && WHOLE_PHONE.matcher(value.strip()).matches()) ? maskPhone(value) : value;
	}

	private static String replace(Matcher matcher, boolean email) {
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			String found = matcher.group();
			matcher.appendReplacement(masked, Matcher.quoteReplacement(email ? maskEmail(found) : maskPhone(found)));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}
