package com.spautopia.testsupport.twilio;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.StreamSupport;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The Messages list as the SDK reads it: filtered by {@code To} and {@code DateSent},
 * newest first, paged.
 */
class TwilioMessagesListTests {

	private static final String ACCOUNT_SID = TwilioSimulatorTests.ACCOUNT_SID;

	private static final String AUTH_TOKEN = TwilioSimulatorTests.AUTH_TOKEN;

	private static final String SPA_NUMBER = TwilioSimulatorTests.SPA_NUMBER;

	private static final String CLIENT = "+48601000111";

	private static final String OTHER_CLIENT = "+48601000222";

	private final TwilioSimulator simulator = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private final TwilioRestClient client = TwilioTestClients.restClient(this.simulator.port(), ACCOUNT_SID,
			AUTH_TOKEN);

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void listsMessagesToOneRecipientNewestFirstAcrossPages() {
		for (int i = 0; i < 5; i++) {
			send(CLIENT, "message " + i);
			send(OTHER_CLIENT, "other " + i);
		}
		awaitAllSent();

		List<Message> read = list(Message.reader().setTo(new PhoneNumber(CLIENT)).setPageSize(2L));

		assertThat(read).extracting(Message::getBody)
			.containsExactly("message 4", "message 3", "message 2", "message 1", "message 0");
		assertThat(this.simulator.listRequests()).hasSize(3);
	}

	@Test
	void dateSentFiltersOnTheDayTheMessageWasSentInGmt() {
		send(CLIENT, "sent today");
		awaitAllSent();
		ZonedDateTime sentAt = this.simulator.messagesTo(CLIENT).get(0).dateSent().atZone(ZoneOffset.UTC);

		assertThat(list(Message.reader().setTo(new PhoneNumber(CLIENT)).setDateSentAfter(sentAt.minusDays(1))))
			.extracting(Message::getBody)
			.containsExactly("sent today");
		assertThat(list(Message.reader().setTo(new PhoneNumber(CLIENT)).setDateSentAfter(sentAt.plusDays(1))))
			.isEmpty();
		assertThat(list(Message.reader().setTo(new PhoneNumber(CLIENT)).setDateSentBefore(sentAt.minusDays(1))))
			.isEmpty();
		assertThat(list(Message.reader().setTo(new PhoneNumber(CLIENT)).setDateSent(sentAt)))
			.extracting(Message::getBody)
			.containsExactly("sent today");
	}

	@Test
	void aMessageStillQueuedHasNoDateSentAndNoDateSentFilterFindsIt() {
		this.simulator.statusCallbackDelay(Duration.ofMinutes(10));
		send(CLIENT, "still queued");
		ZonedDateTime createdAt = this.simulator.messagesTo(CLIENT).get(0).acceptedAt().atZone(ZoneOffset.UTC);

		assertThat(list(Message.reader().setTo(new PhoneNumber(CLIENT)))).singleElement().satisfies((message) -> {
			assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
			assertThat(message.getDateSent()).isNull();
		});
		assertThat(list(Message.reader().setTo(new PhoneNumber(CLIENT)).setDateSentAfter(createdAt.minusDays(1))))
			.isEmpty();
	}

	@Test
	void recordsTheValidityPeriodAndRejectsOneOutsideTwiliosRangeWith30036() {
		Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "valid")
			.setValidityPeriod(600)
			.create(this.client);
		ApiException error = catchThrowableOfType(ApiException.class,
				() -> Message.creator(new PhoneNumber(CLIENT), new PhoneNumber(SPA_NUMBER), "too long")
					.setValidityPeriod(36_001)
					.create(this.client));

		assertThat(this.simulator.messagesTo(CLIENT)).singleElement()
			.satisfies((sms) -> assertThat(sms.validityPeriod()).isEqualTo(600));
		assertThat(error.getCode()).isEqualTo(30036);
	}

	@Test
	void answersAfterAcceptingOnlyOnceReleased() throws Exception {
		this.simulator.holdAnswers();
		Thread sender = Thread.ofVirtual().start(() -> send(CLIENT, "held"));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.simulator.messagesTo(CLIENT).size() == 1);
		assertThat(sender.join(Duration.ofMillis(300))).isFalse();
		this.simulator.releaseAnswers();
		assertThat(sender.join(Duration.ofSeconds(10))).isTrue();
	}

	private void send(String to, String body) {
		Message.creator(new PhoneNumber(to), new PhoneNumber(SPA_NUMBER), body).create(this.client);
	}

	private void awaitAllSent() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.simulator.messages().stream().allMatch((sms) -> sms.dateSent() != null));
	}

	private List<Message> list(com.twilio.rest.api.v2010.account.MessageReader reader) {
		return StreamSupport.stream(reader.read(this.client).spliterator(), false).toList();
	}

}
