package com.spautopia.testsupport.twilio;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Messages API requests built by hand, for what the SDK cannot express.
 */
final class RawRequests {

	private RawRequests() {
	}

	static HttpRequest create(TwilioSimulator simulator, String accountSid, String authToken, String form) {
		String credentials = Base64.getEncoder()
			.encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
		return HttpRequest
			.newBuilder(URI.create(simulator.baseUrl() + "/2010-04-01/Accounts/" + accountSid + "/Messages.json"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

}
