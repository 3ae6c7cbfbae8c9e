package com.spautopia.promotion.support;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data before it reaches a log: phone numbers keep their country prefix
 * and last three digits ({@code +48*****789}), emails their first letter and domain
 * ({@code j***@example.com}).
 */
public final class Masks {

	private Masks() {
	}

	public static String phone(@Nullable String phone) {
		if (phone == null || phone.length() < 6) {
			return "***";
		}
		int visiblePrefix = 3;
		int visibleSuffix = 3;
		return phone.substring(0, visiblePrefix) + "*".repeat(phone.length() - visiblePrefix - visibleSuffix)
				+ phone.substring(phone.length() - visibleSuffix);
	}

	public static String email(@Nullable String email) {
		if (email == null) {
			return "***";
		}
		int at = email.indexOf('@');
		if (at < 1) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

}
