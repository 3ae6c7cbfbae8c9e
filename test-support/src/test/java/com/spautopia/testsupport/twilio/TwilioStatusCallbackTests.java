package com.spautopia.testsupport.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.spautopia.testsupport.twilio.CallbackReceiver.Received;

import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.ACCOUNT_SID;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.AUTH_TOKEN;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.CLIENT;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.SPA_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TwilioStatusCallbackTests {

	private final TwilioSimulator simulator = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private final TwilioRestClient client = TwilioTestClients.restClient(this.simulator.port(), ACCOUNT_SID,
			AUTH_TOKEN);

	private final CallbackReceiver receiver = new CallbackReceiver();

	private final RequestValidator validator = new RequestValidator(AUTH_TOKEN);

	TwilioStatusCallbackTests() throws Exception {
	}

	@AfterEach
	void stop() {
		this.simulator.close();
		this.receiver.close();
	}

	@Test
	void postsSignedSentThenDeliveredCallbacks() {
		String callbackUrl = this.receiver.url("/twilio/status?tenant=spa");
		Message message = Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "See you at 10:00")
			.setStatusCallback(URI.create(callbackUrl))
			.create(this.client);

		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.received().size() == 2);

		List<Received> callbacks = this.receiver.received();
		assertThat(callbacks).extracting((callback) -> callback.params().get("MessageStatus"))
			.containsExactly("sent", "delivered");
		assertThat(callbacks).allSatisfy((callback) -> {
			assertThat(this.validator.validate(callbackUrl, callback.params(), callback.signature())).isTrue();
			assertThat(callback.params()).containsEntry("MessageSid", message.getSid())
				.containsEntry("SmsSid", message.getSid())
				.containsEntry("AccountSid", ACCOUNT_SID)
				.containsEntry("To", CLIENT)
				.containsEntry("From", SPA_NUMBER)
				.containsEntry("ApiVersion", "2010-04-01")
				.doesNotContainKey("ErrorCode");
			assertThat(callback.params().get("SmsStatus")).isEqualTo(callback.params().get("MessageStatus"));
		});
		assertThat(this.simulator.messagesTo(CLIENT)).singleElement()
			.satisfies((sms) -> assertThat(sms.status()).isEqualTo("delivered"));
	}

	@Test
	void signatureDoesNotValidateWithAnotherAuthToken() {
		String callbackUrl = this.receiver.url("/twilio/status");
		Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
			.setStatusCallback(URI.create(callbackUrl))
			.create(this.client);

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.receiver.received().isEmpty());

		Received callback = this.receiver.received().getFirst();
		assertThat(new RequestValidator("another-token").validate(callbackUrl, callback.params(), callback.signature()))
			.isFalse();
	}

	@Test
	void failingDeliveryEndsUndeliveredWithErrorCode() {
		this.simulator.failDeliveryTo(CLIENT, "undelivered", 30003);
		String callbackUrl = this.receiver.url("/twilio/status");
		Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
			.setStatusCallback(URI.create(callbackUrl))
			.create(this.client);

		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.received().size() == 2);

		List<Received> callbacks = this.receiver.received();
		assertThat(callbacks).extracting((callback) -> callback.params().get("MessageStatus"))
			.containsExactly("sent", "undelivered");
		assertThat(callbacks.get(1).params()).containsEntry("ErrorCode", "30003");
		assertThat(this.validator.validate(callbackUrl, callbacks.get(1).params(), callbacks.get(1).signature()))
			.isTrue();
		assertThat(this.simulator.messages().getFirst().status()).isEqualTo("undelivered");
	}

	@Test
	void unreachableCallbackUrlDoesNotBreakTheSimulator() {
		Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Hi")
			.setStatusCallback(URI.create("http://127.0.0.1:1/nowhere"))
			.create(this.client);

		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.simulator.messages().getFirst().status().equals("delivered"));
		assertThat(Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "Again")
			.create(this.client)
			.getSid()).startsWith("SM");
	}

	@Test
	void inboundSmsIsPostedSignedToTheWebhook() {
		String webhookUrl = this.receiver.url("/twilio/inbound");

		int status = this.simulator.sendInbound(CLIENT, SPA_NUMBER, "C", webhookUrl);

		assertThat(status).isEqualTo(204);
		Received inbound = this.receiver.received().getFirst();
		assertThat(this.validator.validate(webhookUrl, inbound.params(), inbound.signature())).isTrue();
		assertThat(inbound.params()).containsEntry("From", CLIENT)
			.containsEntry("To", SPA_NUMBER)
			.containsEntry("Body", "C")
			.containsEntry("NumSegments", "1")
			.containsEntry("AccountSid", ACCOUNT_SID)
			.containsEntry("ApiVersion", "2010-04-01");
		assertThat(inbound.params().get("MessageSid")).matches("SM[0-9a-f]{32}");
	}

}
