package com.spautopia.testsupport.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of a message resource, shaped like Twilio's.
 */
final class MessageResource {

	static final String API_VERSION = "2010-04-01";

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
		.withZone(ZoneOffset.UTC);

	private MessageResource() {
	}

	static String rfc2822(Instant instant) {
		return RFC_2822.format(instant);
	}

	static Map<String, Object> toJson(SimulatedSms sms, String accountSid) {
		String uri = "/" + API_VERSION + "/Accounts/" + accountSid + "/Messages/" + sms.sid();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("account_sid", accountSid);
		json.put("api_version", API_VERSION);
		json.put("body", sms.body());
		json.put("date_created", rfc2822(sms.acceptedAt()));
		json.put("date_sent", (sms.dateSent() != null) ? rfc2822(sms.dateSent()) : null);
		json.put("date_updated", rfc2822((sms.dateSent() != null) ? sms.dateSent() : sms.acceptedAt()));
		json.put("direction", "outbound-api");
		json.put("error_code", null);
		json.put("error_message", null);
		json.put("from", sms.from());
		json.put("messaging_service_sid", sms.messagingServiceSid());
		json.put("num_media", "0");
		json.put("num_segments", String.valueOf(Segments.count(sms.body())));
		json.put("price", null);
		json.put("price_unit", "USD");
		json.put("sid", sms.sid());
		json.put("status", sms.status());
		json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
		json.put("to", sms.to());
		json.put("uri", uri + ".json");
		return json;
	}

}
