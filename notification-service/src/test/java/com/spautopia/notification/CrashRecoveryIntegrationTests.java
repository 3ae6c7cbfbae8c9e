package com.spautopia.notification;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.events.Channel;
import com.spautopia.events.EventCodec;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.message.Notification;
import com.spautopia.notification.message.NotificationStatus;
import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stops between Twilio's answer and its record of it; started again, it asks
 * Twilio before sending anything again: the client gets one SMS, not two.
 */
@SpaInfrastructureTest
class CrashRecoveryIntegrationTests {

	private static final String ACCOUNT_SID = "AC" + "9a8b7c6d5e4f3a2b".repeat(2);

	private static final String AUTH_TOKEN = "crash-recovery-token";

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private static final SmtpServer smtp = SmtpServer.start();

	private final EventCodec bookingService = new EventCodec(URI.create("/spa-utopia/booking-service"));

	private final TestClock clock = new TestClock();

	private final String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final String topicPrefix = "crash" + this.id + ".";

	private final BookingTopic bookings = new BookingTopic(SpaInfrastructure.shared().kafkaBootstrapServers(),
			this.topicPrefix);

	private ConfigurableApplicationContext restarted;

	@AfterEach
	void stop() {
		twilio.releaseAnswers();
		if (this.restarted != null) {
			this.restarted.close();
		}
		this.bookings.close();
	}

	@AfterAll
	static void stopProviders() {
		twilio.close();
		smtp.close();
	}

	@Test
	void serviceStoppedBetweenTwilioAnswerAndItsRecordSendsTheSmsOnceAfterRestart() {
		AppointmentConfirmed event = AppointmentConfirmedMother
			.confirmedAt(this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS));
		String phone = event.client().phone();
		ConfigurableApplicationContext first = startInstance();
		// Twilio accepts the confirmation; its answer is held until the instance is gone
		twilio.holdAnswers();
		this.bookings.publish(this.bookingService.encode(event));
		await().atMost(TIMEOUT).until(() -> twilio.messagesTo(phone).size() == 1);
		first.close();
		twilio.releaseAnswers();
		SimulatedSms accepted = twilio.messagesTo(phone).getFirst();
		await().atMost(TIMEOUT).until(() -> twilio.messagesTo(phone).getFirst().dateSent() != null);

		this.restarted = startInstance();
		// past the dead instance's lease
		this.clock.setTo(this.clock.instant().plus(Duration.ofMinutes(5)));

		MongoOperations mongo = this.restarted.getBean(MongoOperations.class);
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(confirmationSms(mongo, event)).singleElement().satisfies((message) -> {
				assertThat(message.status()).isEqualTo(NotificationStatus.SENT);
				assertThat(message.providerId()).isEqualTo(accepted.sid());
			}));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.until(() -> twilio.messagesTo(phone).size() == 1);
	}

	private static List<Notification> confirmationSms(MongoOperations mongo, AppointmentConfirmed event) {
		return mongo.find(Query.query(Criteria.where("bookingId").is(event.bookingId()).and("channel").is(Channel.SMS)),
				Notification.class);
	}

	private ConfigurableApplicationContext startInstance() {
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		return new SpringApplicationBuilder(NotificationServiceApplication.class)
			.initializers(
					(applicationContext) -> applicationContext.getBeanFactory().registerSingleton("clock", this.clock))
			.run("--server.port=0", "--spring.mongodb.uri=" + infrastructure.mongoUri("crash-" + this.id),
					"--spa.kafka.topic-prefix=" + this.topicPrefix,
					"--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
					"--spa.twilio.account-sid=" + ACCOUNT_SID, "--spa.twilio.auth-token=" + AUTH_TOKEN,
					"--spa.twilio.api-url=" + twilio.baseUrl(), "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtp.port());
	}

}
