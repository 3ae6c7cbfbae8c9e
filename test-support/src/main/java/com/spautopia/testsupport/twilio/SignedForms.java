package com.spautopia.testsupport.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Form posts signed with {@code X-Twilio-Signature}, as Twilio sends its webhooks.
 */
final class SignedForms {

	private SignedForms() {
	}

	static int post(HttpClient client, String authToken, String url, Map<String, String> params)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.header("User-Agent", "TwilioProxy/1.1")
			.header(TwilioSignature.HEADER, TwilioSignature.sign(authToken, url, params))
			.POST(HttpRequest.BodyPublishers.ofString(HttpExchanges.encodeForm(params)))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
