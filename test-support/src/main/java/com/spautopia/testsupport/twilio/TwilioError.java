package com.spautopia.testsupport.twilio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as the Twilio REST API reports it.
 */
record TwilioError(int httpStatus, int code, String message) {

	static TwilioError authenticate() {
		return new TwilioError(401, 20003, "Authenticate");
	}

	static TwilioError notFound(String path) {
		return new TwilioError(404, 20404, "The requested resource " + path + " was not found");
	}

	static TwilioError methodNotAllowed() {
		return new TwilioError(405, 20004, "Method not allowed");
	}

	/**
	 * Error 30036: {@code ValidityPeriod} is not a whole number of seconds from 1 to
	 * 36,000.
	 */
	static TwilioError invalidValidityPeriod(String value) {
		return new TwilioError(400, 30036, "ValidityPeriod " + value + " is not between 1 and 36000 seconds");
	}

	static TwilioError forStatus(int httpStatus) {
		return switch (httpStatus) {
			case 429 -> new TwilioError(429, 20429, "Too Many Requests");
			case 500 -> new TwilioError(500, 20500, "Internal Server Error");
			case 503 -> new TwilioError(503, 20503, "Service Unavailable");
			default -> new TwilioError(httpStatus, 20000 + httpStatus, "HTTP " + httpStatus);
		};
	}

	static TwilioError forCode(int code, String to) {
		return switch (code) {
			case 21211 -> invalidTo(to);
			case 21610 -> new TwilioError(400, 21610, "Attempt to send to unsubscribed recipient");
			case 21614 -> new TwilioError(400, 21614, "'To' number is not a valid mobile number");
			case 21612 ->
				new TwilioError(400, 21612, "The 'To' phone number is not currently reachable via SMS or MMS");
			case 21408 -> new TwilioError(400, 21408, "Permission to send an SMS has not been enabled for the region");
			case 30610 -> new TwilioError(400, 30610, "Message was not sent during the allowed window");
			default -> new TwilioError(400, code, "Twilio error " + code);
		};
	}

	static TwilioError invalidTo(String to) {
		return new TwilioError(400, 21211, "The 'To' number " + to + " is not a valid phone number.");
	}

	static TwilioError missingTo() {
		return new TwilioError(400, 21604, "A 'To' phone number is required.");
	}

	static TwilioError missingFrom() {
		return new TwilioError(400, 21603, "A 'From' phone number is required.");
	}

	static TwilioError missingBody() {
		return new TwilioError(400, 21602, "Message body is required.");
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", this.code);
		json.put("message", this.message);
		json.put("more_info", "https://www.twilio.com/docs/errors/" + this.code);
		json.put("status", this.httpStatus);
		return json;
	}

}
