package com.spautopia.notification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.twilio.TwilioSignature;
import com.spautopia.testsupport.web.HttpAnswer;
import com.spautopia.testsupport.web.MalformedForm;
import com.spautopia.testsupport.web.MalformedInput;
import com.spautopia.testsupport.web.MalformedQuery;
import com.spautopia.testsupport.web.QueryParameter;
import com.spautopia.testsupport.web.QueryParameter.Type;
import com.spautopia.testsupport.web.RawHttp;
import com.spautopia.testsupport.web.StoredDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message records' query and Twilio's two webhooks refuse each malformed input of
 * {@link MalformedInput} with a 4xx problem detail. The webhooks' requests are signed as
 * Twilio signs them, so that they get past the signature to the parameters' checks; a
 * refused inbound SMS opts no number out (its valid form says STOP).
 */
class MalformedInputIntegrationTests extends NotificationIntegrationTest {

	private static final String STATUS_PATH = "/twilio/status";

	private static final String UNKNOWN_MESSAGE = "no-such-message";

	@Autowired
	MongoTemplate mongo;

	@ParameterizedTest(name = "{0}")
	@MethodSource("notificationQueries")
	void aMalformedNotificationQueryIsRefused(MalformedQuery query) {
		new RawHttp(BASE_URL, TestTokens.operator()).get("/api/notifications?" + query.query())
			.assertRefusedAsProblem();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inboundForms")
	void aMalformedInboundSmsIsRefusedAndOptsNobodyOut(MalformedForm form) {
		StoredDocuments before = StoredDocuments.of(this.mongo.getDb(), "phones");

		post("/twilio/inbound", form).assertRefusedAsProblem();

		assertThat(StoredDocuments.of(this.mongo.getDb(), "phones")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statusForms")
	void aMalformedStatusCallbackIsRefused(MalformedForm form) {
		post(STATUS_PATH + "?message=" + UNKNOWN_MESSAGE, form).assertRefusedAsProblem();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statusQueries")
	void aStatusCallbackForAMalformedMessageIdIsRefused(MalformedQuery query) {
		Map<String, String> form = validStatus();
		String body = form.entrySet()
			.stream()
			.map((parameter) -> parameter.getKey() + "=" + parameter.getValue())
			.reduce((one, other) -> one + "&" + other)
			.orElseThrow();
		post(STATUS_PATH + (query.query().isEmpty() ? "" : "?" + query.query()),
				new MalformedForm(query.name(), MalformedInput.FORM, body.getBytes(StandardCharsets.US_ASCII), form))
			.assertRefusedAsProblem();
	}

	static List<MalformedQuery> notificationQueries() {
		return MalformedInput.queriesFor(QueryParameter.required("bookingId", "booking-1", Type.TEXT));
	}

	// a client may text anything, an operator's syntax too: that Body gets the help reply
	static Stream<MalformedForm> inboundForms() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("From", "+48601999002");
		form.put("To", SPA_NUMBER);
		form.put("Body", "STOP");
		form.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
		return MalformedInput.formsFor(form, "From", "Body")
			.stream()
			.filter((malformed) -> !malformed.name().equals("Body is a MongoDB operator"));
	}

	static List<MalformedForm> statusForms() {
		return MalformedInput.formsFor(validStatus(), "MessageSid", "MessageStatus");
	}

	static List<MalformedQuery> statusQueries() {
		return MalformedInput.queriesFor(QueryParameter.required("message", UNKNOWN_MESSAGE, Type.TEXT));
	}

	private static Map<String, String> validStatus() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
		form.put("MessageStatus", "failed");
		form.put("ErrorCode", "30003");
		return form;
	}

	private static HttpAnswer post(String pathAndQuery, MalformedForm form) {
		String signature = TwilioSignature.sign(AUTH_TOKEN, BASE_URL + pathAndQuery, form.parameters());
		return new RawHttp(BASE_URL, null).send("POST", pathAndQuery, form.contentType(), form.body(),
				Map.of("X-Twilio-Signature", signature));
	}

}
