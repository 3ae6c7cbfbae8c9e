package com.spautopia.testsupport.twilio;

import com.spautopia.sms.Gsm7;

/**
 * Counts SMS segments as Twilio does: GSM-7 ({@link Gsm7}) 160 septets (153 per part once
 * split), otherwise UCS-2 70 characters (67 per part).
 */
final class Segments {

	private Segments() {
	}

	static int count(String body) {
		int septets = Gsm7.septets(body);
		if (septets >= 0) {
			return (septets <= 160) ? 1 : ceilDiv(septets, 153);
		}
		int units = body.length();
		return (units <= 70) ? 1 : ceilDiv(units, 67);
	}

	private static int ceilDiv(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}

}
