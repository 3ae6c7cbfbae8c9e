package com.spautopia.testsupport.twilio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts inbound SMS to a webhook the way Twilio does.
 */
final class InboundMessages {

	private static final Logger logger = LoggerFactory.getLogger(InboundMessages.class);

	private InboundMessages() {
	}

	static int post(String accountSid, String authToken, String from, String to, String body, String webhookUrl) {
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", sid);
		params.put("SmsSid", sid);
		params.put("SmsMessageSid", sid);
		params.put("AccountSid", accountSid);
		params.put("From", from);
		params.put("To", to);
		params.put("Body", body);
		params.put("NumSegments", String.valueOf(Segments.count(body)));
		params.put("NumMedia", "0");
		params.put("SmsStatus", "received");
		params.put("ApiVersion", MessageResource.API_VERSION);
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			int status = SignedForms.post(client, authToken, webhookUrl, params);
			logger.info("Simulator posted inbound SMS {} from {}: HTTP {}", sid, PhoneNumbers.mask(from), status);
			return status;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not post the inbound SMS to " + webhookUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while posting an inbound SMS", ex);
		}
	}

}
