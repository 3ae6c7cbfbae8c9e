package com.spautopia.booking.client;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalizes phone numbers to E.164 with libphonenumber, and says which numbers the spa
 * texts: only numbers of the regions it serves (by default its own), never premium-rate,
 * shared-cost or other numbers that cost the sender extra (SMS pumping: a public form
 * that sends SMS to any number in the world pays for other people's fraud).
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final Set<PhoneNumberType> COSTLY = Set.of(PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST,
			PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL, PhoneNumberType.PAGER);

	private final String defaultRegion;

	private final Set<String> servedRegions;

	/**
	 * Numbers of the spa's own region only.
	 * @param defaultRegion the region numbers without a country code belong to
	 */
	public PhoneNumbers(String defaultRegion) {
		this(defaultRegion, Set.of());
	}

	/**
	 * Numbers of the regions the spa serves.
	 * @param defaultRegion the region numbers without a country code belong to
	 * @param servedRegions the regions (ISO 3166 codes) whose numbers are accepted; empty
	 * for the default region only
	 */
	public PhoneNumbers(String defaultRegion, Set<String> servedRegions) {
		this.defaultRegion = defaultRegion;
		this.servedRegions = servedRegions.isEmpty() ? Set.of(defaultRegion.toUpperCase(Locale.ROOT))
				: servedRegions.stream().map((region) -> region.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	/**
	 * The number in E.164 form, if it is a valid number.
	 * @param input the number as a person typed it, such as {@code 601 234 567} or
	 * {@code +48 601-234-567}
	 * @return the E.164 form, or empty when it is not a valid number
	 */
	public Optional<String> toE164(String input) {
		return parse(input).map((number) -> UTIL.format(number, PhoneNumberFormat.E164));
	}

	/**
	 * Whether the spa texts this number.
	 * @param input the number as a person typed it
	 * @return the verdict
	 */
	public Verdict check(String input) {
		Optional<PhoneNumber> parsed = parse(input);
		if (parsed.isEmpty()) {
			return Verdict.INVALID;
		}
		PhoneNumber number = parsed.get();
		if (!this.servedRegions.contains(UTIL.getRegionCodeForNumber(number))) {
			return Verdict.REGION_NOT_SERVED;
		}
		return COSTLY.contains(UTIL.getNumberType(number)) ? Verdict.COSTLY : Verdict.ACCEPTED;
	}

	/**
	 * The regions whose numbers are accepted.
	 * @return ISO 3166 codes
	 */
	public Set<String> servedRegions() {
		return this.servedRegions;
	}

	/**
	 * A number as staff lists show it and logs write it: its country code and its last
	 * three digits, such as {@code +48 *** *** 567}.
	 * @param e164 the number in E.164 form
	 * @return the masked number
	 */
	public static String mask(String e164) {
		try {
			PhoneNumber number = UTIL.parse(e164, "ZZ");
			String national = UTIL.getNationalSignificantNumber(number);
			if (national.length() < 6) {
				return "***";
			}
			return "+" + number.getCountryCode() + " *** *** " + national.substring(national.length() - 3);
		}
		catch (NumberParseException ex) {
			return "***";
		}
	}

	private Optional<PhoneNumber> parse(String input) {
		try {
			PhoneNumber number = UTIL.parse(input, this.defaultRegion);
			return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a number is one the spa texts.
	 */
	public enum Verdict {

		/** A valid number of a served region that costs nothing extra. */
		ACCEPTED,

		/** Not a valid phone number. */
		INVALID,

		/** A number of a region the spa does not serve. */
		REGION_NOT_SERVED,

		/** A premium-rate, shared-cost or similar number. */
		COSTLY

	}

}
