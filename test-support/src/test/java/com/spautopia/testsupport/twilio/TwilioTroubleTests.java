package com.spautopia.testsupport.twilio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.ACCOUNT_SID;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.AUTH_TOKEN;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.CLIENT;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.SPA_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Twilio trouble the chaos harness injects: a share of 5xx answers, a 429 storm with
 * {@code Retry-After}, and status callbacks out of order and twice.
 */
class TwilioTroubleTests {

	private final TwilioSimulator simulator = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private final TwilioRestClient client = TwilioTestClients.restClient(this.simulator.port(), ACCOUNT_SID,
			AUTH_TOKEN);

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void failsExactlyTheShareOfRequestsAskedForAndAcceptsNothingFromThem() throws Exception {
		this.simulator.failShareOfRequests(20, 503);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			statuses.add(postRaw().statusCode());
		}

		assertThat(statuses).filteredOn((status) -> status == 503).hasSize(10);
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(40);
		assertThat(statuses.subList(0, 5)).as("spread evenly, not in a burst").containsOnlyOnce(503);
		assertThat(this.simulator.messages()).hasSize(40);
		this.simulator.resetFaults();
		assertThat(send("After the outage").getSid()).startsWith("SM");
	}

	@Test
	void answersEveryRequestWith429AndItsRetryAfterDuringAStorm() throws Exception {
		this.simulator.tooManyRequests(7);

		HttpResponse<String> response = postRaw();

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(response.body()).contains("\"code\":20429");
		assertThat(this.simulator.messages()).isEmpty();
		this.simulator.resetFaults();
		assertThat(postRaw().statusCode()).isEqualTo(201);
	}

	@Test
	void postsStatusCallbacksOutOfOrderAndTwiceWhenDisordered() throws Exception {
		try (CallbackReceiver receiver = new CallbackReceiver()) {
			this.simulator.disorderStatusCallbacks();
			Message message = Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
				.setStatusCallback(URI.create(receiver.url("/twilio/status")))
				.create(this.client);

			await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 4);

			List<String> statuses = receiver.received()
				.stream()
				.map((callback) -> callback.params().get("MessageStatus"))
				.toList();
			assertThat(statuses).containsExactly("delivered", "sent", "delivered", "sent");
			assertThat(receiver.received())
				.allSatisfy((callback) -> assertThat(callback.params()).containsEntry("MessageSid", message.getSid()));
			assertThat(this.simulator.messages().getFirst().status()).isEqualTo("delivered");
		}
	}

	private HttpResponse<String> postRaw() throws Exception {
		return this.http.send(RawRequests.create(this.simulator, ACCOUNT_SID, AUTH_TOKEN,
				"To=%2B48601234789&From=%2B48221234567&Body=Hi"), HttpResponse.BodyHandlers.ofString());
	}

	private Message send(String body) {
		return Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), body).create(this.client);
	}

}
