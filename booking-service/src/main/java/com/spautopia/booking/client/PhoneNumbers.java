package com.spautopia.booking.client;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalizes phone numbers to E.164 with libphonenumber.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	public PhoneNumbers(String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	/**
	 * The number in E.164 form, if it is a valid number.
	 * @param input the number as a person typed it, such as {@code 601 234 567} or
	 * {@code +48 601-234-567}
	 * @return the E.164 form, or empty when it is not a valid number
	 */
	public Optional<String> toE164(String input) {
		try {
			PhoneNumber number = UTIL.parse(input, this.defaultRegion);
			return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
