package com.spautopia.sms;

/**
 * The GSM 03.38 default alphabet (GSM-7) as carriers count it: a character of the basic
 * table takes one septet, one of the extension table ({@code ^ { } \ [ ~ ] | €} and form
 * feed) two, behind an escape; any other character makes the whole text UCS-2.
 */
public final class Gsm7 {

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENSION = "^{}\\[~]|€\f";

	private Gsm7() {
	}

	/**
	 * The length of a text in GSM-7.
	 * @param text the text
	 * @return its septets, or -1 if it needs UCS-2
	 */
	public static int septets(CharSequence text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			int length = septets(text.charAt(i));
			if (length < 0) {
				return -1;
			}
			septets += length;
		}
		return septets;
	}

	/**
	 * Whether a character is in the GSM-7 alphabet (basic or extension table).
	 * @param c the character
	 * @return {@code true} if GSM-7 can carry it
	 */
	public static boolean contains(char c) {
		return septets(c) > 0;
	}

	private static int septets(char c) {
		if (BASIC.indexOf(c) >= 0) {
			return 1;
		}
		return (EXTENSION.indexOf(c) >= 0) ? 2 : -1;
	}

}
