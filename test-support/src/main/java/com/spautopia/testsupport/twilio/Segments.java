package com.spautopia.testsupport.twilio;

/**
 * Counts SMS segments: GSM-7 160 characters (153 per part once split, extension
 * characters count twice), otherwise UCS-2 70 (67 per part).
 */
final class Segments {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	private Segments() {
	}

	static int count(String body) {
		int septets = gsmSeptets(body);
		if (septets >= 0) {
			return (septets <= 160) ? 1 : ceilDiv(septets, 153);
		}
		int units = body.length();
		return (units <= 70) ? 1 : ceilDiv(units, 67);
	}

	/**
	 * Return the GSM-7 length, or -1 when the text needs UCS-2.
	 */
	private static int gsmSeptets(String body) {
		int septets = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (GSM_BASIC.indexOf(c) >= 0) {
				septets++;
			}
			else if (GSM_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else {
				return -1;
			}
		}
		return septets;
	}

	private static int ceilDiv(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}

}
