package com.spautopia.testsupport.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/**
 * Builds a real Twilio SDK client whose every request goes to a local simulator: the
 * Apache HttpClient route planner sends all requests to {@code 127.0.0.1:port}, while
 * URLs and the {@code Host} header stay Twilio's.
 */
final class TwilioTestClients {

	private TwilioTestClients() {
	}

	static TwilioRestClient restClient(int port, String accountSid, String authToken) {
		HttpHost simulator = new HttpHost("http", "127.0.0.1", port);
		HttpClientBuilder builder = HttpClientBuilder.create()
			.setRoutePlanner((target, context) -> new HttpRoute(simulator));
		return new TwilioRestClient.Builder(accountSid, authToken).httpClient(new NetworkHttpClient(builder)).build();
	}

}
