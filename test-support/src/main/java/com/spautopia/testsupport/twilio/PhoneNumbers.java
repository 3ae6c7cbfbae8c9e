package com.spautopia.testsupport.twilio;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * E.164 validation and masking for logs.
 */
final class PhoneNumbers {

	private static final Pattern E164 = Pattern.compile("\\+[0-9]{8,15}");

	private PhoneNumbers() {
	}

	static boolean isE164(String number) {
		return E164.matcher(number).matches();
	}

	/**
	 * Mask a number for logs, e.g. {@code +48*****789}.
	 */
	static String mask(@Nullable String number) {
		if (number == null) {
			return "null";
		}
		if (number.length() <= 6) {
			return "***";
		}
		return number.substring(0, 3) + "*".repeat(number.length() - 6) + number.substring(number.length() - 3);
	}

}
