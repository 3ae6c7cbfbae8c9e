package com.spautopia.notification.sms;

import java.time.Duration;
import java.time.Instant;

import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import ch.qos.logback.classic.Level;
import io.micrometer.observation.ObservationRegistry;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The Twilio sender against the simulator: one HTTP request per send, and how Twilio's
 * errors are classified (refused credentials are this service's error, not the
 * message's).
 */
class TwilioSmsSenderTests {

	private static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);

	private static final String AUTH_TOKEN = "sender-test-token";

	private static final String TO = "+48600100200";

	private static final Duration HOUR = Duration.ofHours(1);

	private final TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	@AfterEach
	void stop() {
		this.twilio.close();
	}

	@Test
	void eachSendIsOneRequestSoServerErrorsAreLeftToTheRetrySchedule() {
		SmsSender sender = sender(AUTH_TOKEN);
		// an SDK that retried a 5xx itself would spend both errors in the first send
		this.twilio.failNextRequests(2, 500);

		for (int send = 1; send <= 2; send++) {
			DeliveryException failure = catchThrowableOfType(DeliveryException.class,
					() -> sender.send(TO, "Hello", "m-1", HOUR));
			assertThat(failure).as("send %d", send).isNotNull();
			assertThat(failure.isRetryable()).isTrue();
			assertThat(failure.errorCode()).isEqualTo("20500");
		}
		assertThat(this.twilio.messages()).isEmpty();

		assertThat(sender.send(TO, "Hello", "m-1", HOUR)).startsWith("SM");
		assertThat(this.twilio.messagesTo(TO)).hasSize(1);
	}

	@Test
	void refusedCredentialsAreAConfigurationErrorToRetryLoggedWithoutTheToken() {
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		Logger logger = (Logger) LoggerFactory.getLogger(TwilioSmsSender.class);
		logger.addAppender(log);
		try {
			DeliveryException failure = catchThrowableOfType(DeliveryException.class,
					() -> sender("not-the-auth-token-4711").send(TO, "Hello", "m-2", HOUR));

			assertThat(failure).isNotNull();
			assertThat(failure.isRetryable()).isTrue();
			assertThat(failure.isMisconfiguration()).isTrue();
			assertThat(failure.errorCode()).isEqualTo("20003");
			assertThat(log.list).filteredOn((event) -> event.getLevel() == Level.ERROR)
				.singleElement()
				.extracting(ILoggingEvent::getFormattedMessage)
				.asString()
				.contains("credentials", "spa.twilio.auth-token", "SPA_TWILIO_AUTH_TOKEN")
				.doesNotContain("not-the-auth-token-4711");
			assertThat(this.twilio.messages()).isEmpty();
		}
		finally {
			logger.detachAppender(log);
		}
	}

	@Test
	void validityPeriodIsSentInWholeSecondsWithinTwiliosLimits() {
		sender(AUTH_TOKEN).send(TO, "Hello", "m-6", Duration.ofMinutes(90));
		sender(AUTH_TOKEN).send(TO, "Hello", "m-7", Duration.ofHours(30));
		sender(AUTH_TOKEN).send(TO, "Hello", "m-8", Duration.ofMillis(10));

		assertThat(this.twilio.messagesTo(TO)).extracting(SimulatedSms::validityPeriod).containsExactly(5400, 36000, 1);
	}

	@Test
	void tooManyRequestsIsAThrottleWithItsRetryAfter() {
		this.twilio.failNextRequests(1, 429);

		DeliveryException failure = catchThrowableOfType(DeliveryException.class,
				() -> sender(AUTH_TOKEN).send(TO, "Hello", "m-9", HOUR));

		assertThat(failure.isThrottled()).isTrue();
		assertThat(failure.isOutcomeUnknown()).isFalse();
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void refusedNumberIsAPermanentError() {
		this.twilio.rejectNumber(TO, 21211);

		DeliveryException failure = catchThrowableOfType(DeliveryException.class,
				() -> sender(AUTH_TOKEN).send(TO, "Hello", "m-3", HOUR));

		assertThat(failure).isNotNull();
		assertThat(failure.isRetryable()).isFalse();
		assertThat(failure.isMisconfiguration()).isFalse();
		assertThat(failure.errorCode()).isEqualTo("21211");
	}

	@Test
	void serverErrorsAndLostConnectionsLeaveTheOutcomeUnknown() {
		this.twilio.failNextRequests(1, 500);

		DeliveryException failure = catchThrowableOfType(DeliveryException.class,
				() -> sender(AUTH_TOKEN).send(TO, "Hello", "m-4", HOUR));

		assertThat(failure.isOutcomeUnknown()).isTrue();
		assertThat(failure.isRetryable()).isTrue();
		this.twilio.rejectNumber(TO, 21211);
		assertThat(
				catchThrowableOfType(DeliveryException.class, () -> sender(AUTH_TOKEN).send(TO, "Hello", "m-4", HOUR))
					.isOutcomeUnknown())
			.isFalse();
	}

	@Test
	void findsAMessageTwilioHasByRecipientTextAndCreationTimeAcrossPages() {
		SmsSender sender = sender(AUTH_TOKEN);
		String sid = sender.send(TO, "Confirmed: Swedish massage. Manage: https://spa.example/m/abc", "m-5", HOUR);
		for (int i = 0; i < 120; i++) {
			sender.send(TO, "Another message " + i, "m-other-" + i, HOUR);
		}
		awaitAllSent();
		Instant firstAttempt = this.twilio.messagesTo(TO).getFirst().acceptedAt();

		assertThat(
				sender.findAccepted(TO, "Confirmed: Swedish massage. Manage: https://spa.example/m/abc", firstAttempt))
			.contains(sid);
		assertThat(this.twilio.listRequests()).hasSize(2).allSatisfy((query) -> {
			assertThat(query).containsEntry("To", TO);
			assertThat(query).containsKey("DateSent>");
		});
		assertThat(sender.findAccepted(TO, "Confirmed: deep tissue massage", firstAttempt)).isEmpty();
		assertThat(sender.findAccepted("+48600100999", "Confirmed: Swedish massage. Manage: https://spa.example/m/abc",
				firstAttempt))
			.isEmpty();
		// the same text sent long before this message's first attempt is another message
		assertThat(sender.findAccepted(TO, "Confirmed: Swedish massage. Manage: https://spa.example/m/abc",
				firstAttempt.plus(Duration.ofHours(1))))
			.isEmpty();
	}

	@Test
	void aLookUpTwilioCannotAnswerIsAnUnknownOutcome() {
		this.twilio.failNextRequests(1, 503);

		DeliveryException failure = catchThrowableOfType(DeliveryException.class,
				() -> sender(AUTH_TOKEN).findAccepted(TO, "Hello", Instant.EPOCH));

		assertThat(failure.isOutcomeUnknown()).isTrue();
	}

	private void awaitAllSent() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.twilio.messages().stream().allMatch((sms) -> sms.dateSent() != null));
	}

	private SmsSender sender(String authToken) {
		TwilioProperties properties = new TwilioProperties(ACCOUNT_SID, authToken, "+15005550006", null, null,
				this.twilio.baseUrl());
		TwilioHttpProperties http = new TwilioHttpProperties(4, Duration.ofSeconds(5), Duration.ofSeconds(15));
		return new TwilioSmsSender(
				new TwilioConfiguration().twilioRestClient(properties, http, ObservationRegistry.NOOP), properties);
	}

}
