package com.spautopia.testsupport.twilio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class TwilioSimulatorTests {

	static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";

	static final String AUTH_TOKEN = "simulator-auth-token";

	static final String SPA_NUMBER = "+48221234567";

	static final String CLIENT = "+48601234789";

	private final TwilioSimulator simulator = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private final TwilioRestClient client = TwilioTestClients.restClient(this.simulator.port(), ACCOUNT_SID,
			AUTH_TOKEN);

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void acceptsMessageSentThroughTheRealTwilioSdk() {
		Message message = Message
			.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Your Swedish massage is confirmed")
			.create(this.client);

		assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
		assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
		assertThat(message.getNumSegments()).isEqualTo("1");
		assertThat(message.getDateCreated()).isNotNull();
		assertThat(this.simulator.messagesTo(CLIENT)).singleElement().satisfies((sms) -> {
			assertThat(sms.sid()).isEqualTo(message.getSid());
			assertThat(sms.from()).isEqualTo(SPA_NUMBER);
			assertThat(sms.body()).isEqualTo("Your Swedish massage is confirmed");
		});
	}

	@Test
	void acceptsMessagingServiceInsteadOfFromNumber() {
		Message message = Message.creator(new PhoneNumber(CLIENT), "MG" + "0".repeat(32), "Hello").create(this.client);

		assertThat(message.getMessagingServiceSid()).isEqualTo("MG" + "0".repeat(32));
		assertThat(this.simulator.messages()).singleElement()
			.satisfies((sms) -> assertThat(sms.messagingServiceSid()).isEqualTo("MG" + "0".repeat(32)));
	}

	@Test
	void rejectsWrongAuthTokenWith20003() {
		TwilioRestClient wrong = TwilioTestClients.restClient(this.simulator.port(), ACCOUNT_SID, "wrong-token");

		ApiException error = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi").create(wrong));

		assertThat(error.getCode()).isEqualTo(20003);
		assertThat(error.getStatusCode()).isEqualTo(401);
		assertThat(this.simulator.messages()).isEmpty();
	}

	@Test
	void rejectsOtherAccountSidInThePathWith20404() {
		ApiException error = catchThrowableOfType(ApiException.class,
				() -> Message.creator("AC" + "f".repeat(32), new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
					.create(this.client));

		assertThat(error.getCode()).isEqualTo(20404);
		assertThat(error.getStatusCode()).isEqualTo(404);
	}

	@Test
	void rejectsNonE164ToNumberWith21211() {
		ApiException error = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber("0601234789"), new PhoneNumber(SPA_NUMBER), "Hi")
					.create(this.client));

		assertThat(error.getCode()).isEqualTo(21211);
		assertThat(error.getStatusCode()).isEqualTo(400);
		assertThat(error.getMessage()).isEqualTo("The 'To' number 0601234789 is not a valid phone number.");
		assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21211");
	}

	@Test
	void rejectsMissingFromWith21603AndMissingBodyWith21602() {
		ApiException noFrom = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(""), "Hi").create(this.client));
		ApiException noBody = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "").create(this.client));

		assertThat(noFrom.getCode()).isEqualTo(21603);
		assertThat(noBody.getCode()).isEqualTo(21602);
	}

	@Test
	void rejectsConfiguredNumbersPermanently() {
		this.simulator.rejectNumber(CLIENT, 21610);

		ApiException error = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi").create(this.client));

		assertThat(error.getCode()).isEqualTo(21610);
		assertThat(error.getStatusCode()).isEqualTo(400);
		assertThat(error.getMessage()).isEqualTo("Attempt to send to unsubscribed recipient");
	}

	@Test
	void injectedTooManyRequestsCarriesRetryAfterAndIsFollowedBySuccess() throws Exception {
		this.simulator.failNextRequests(1, 429);

		HttpResponse<String> limited = postRaw("To=%2B48601234789&From=%2B48221234567&Body=Hi");
		HttpResponse<String> accepted = postRaw("To=%2B48601234789&From=%2B48221234567&Body=Hi");

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).contains("1");
		assertThat(limited.body()).isEqualTo("{\"code\":20429,\"message\":\"Too Many Requests\","
				+ "\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}");
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(this.simulator.messages()).hasSize(1);
	}

	@Test
	void sdkSeesTooManyRequestsOnlyAfterItsHttpClientRetriedOnce() {
		// Apache HttpClient 5 (inside the SDK) retries a 429 once after Retry-After
		this.simulator.failNextRequests(2, 429);

		ApiException limited = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi").create(this.client));
		Message message = Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
			.create(this.client);

		assertThat(limited.getCode()).isEqualTo(20429);
		assertThat(limited.getStatusCode()).isEqualTo(429);
		assertThat(message.getSid()).startsWith("SM");
	}

	@Test
	void sdkSeesServerErrorsOnlyAfterItsOwnThreeAttempts() {
		// the SDK itself retries every 5xx: three attempts, 100 ms apart
		this.simulator.failNextRequests(3, 500);

		ApiException error = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi").create(this.client));
		this.simulator.failNextRequests(2, 500);
		Message retried = Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
			.create(this.client);

		assertThat(error.getCode()).isEqualTo(20500);
		assertThat(error.getStatusCode()).isEqualTo(500);
		assertThat(retried.getSid()).startsWith("SM");
		assertThat(this.simulator.messages()).hasSize(1);
	}

	@Test
	void serviceUnavailableIsTwilioShaped() throws Exception {
		this.simulator.failNextRequests(1, 503);

		HttpResponse<String> unavailable = postRaw("To=%2B48601234789&From=%2B48221234567&Body=Hi");

		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.body()).contains("\"code\":20503", "\"status\":503");
	}

	@Test
	void readEndpointsListAndClearRecordedMessages() throws Exception {
		Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "First").create(this.client);
		Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Second").create(this.client);
		try (HttpClient http = HttpClient.newHttpClient()) {
			URI messages = URI.create(this.simulator.baseUrl() + "/messages");
			String listed = http.send(HttpRequest.newBuilder(messages).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			int deleted = http
				.send(HttpRequest.newBuilder(messages).DELETE().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();

			assertThat(listed).containsSubsequence("\"body\":\"First\"", "\"body\":\"Second\"");
			assertThat(deleted).isEqualTo(204);
			assertThat(this.simulator.messages()).isEmpty();
		}
	}

	@Test
	void recordsTheTraceContextOfEachMessageRequest() throws Exception {
		String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
		HttpRequest traced = HttpRequest
			.newBuilder(RawRequests.create(this.simulator, ACCOUNT_SID, AUTH_TOKEN,
					"To=%2B48601234789&From=%2B48221234567&Body=Traced"), (name, value) -> true)
			.header("traceparent", traceparent)
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			assertThat(http.send(traced, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
		}
		postRaw("To=%2B48601234789&From=%2B48221234567&Body=Untraced");

		assertThat(this.simulator.messagesTo(CLIENT))
			.extracting(SimulatedSms::body, SimulatedSms::traceparent, SimulatedSms::traceId)
			.containsExactly(tuple("Traced", traceparent, "4bf92f3577b34da6a3ce929d0e0e4736"),
					tuple("Untraced", null, null));
	}

	private HttpResponse<String> postRaw(String form) throws Exception {
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			return http.send(RawRequests.create(this.simulator, ACCOUNT_SID, AUTH_TOKEN, form),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
