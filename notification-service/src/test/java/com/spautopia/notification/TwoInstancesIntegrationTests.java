package com.spautopia.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.spautopia.events.EventCodec;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of the service on one database and one set of topics: each reminder
 * is sent once, and reminders missed while no instance ran go out on restart if still
 * useful.
 */
@SpaInfrastructureTest
class TwoInstancesIntegrationTests {

	private static final String ACCOUNT_SID = "AC" + "0a1b2c3d4e5f6789".repeat(2);

	private static final String AUTH_TOKEN = "two-instances-token";

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private static final SmtpServer smtp = SmtpServer.start();

	private final EventCodec bookingService = new EventCodec(URI.create("/spa-utopia/booking-service"));

	private final TestClock clock = new TestClock();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final String topicPrefix = "two" + this.id + ".";

	private BookingTopic bookings;

	static {
		// delivery reports are not what these tests are about
		twilio.statusCallbackDelay(Duration.ofMinutes(10));
	}

	@BeforeEach
	void connect() {
		this.bookings = new BookingTopic(SpaInfrastructure.shared().kafkaBootstrapServers(), this.topicPrefix);
	}

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		this.bookings.close();
	}

	@AfterAll
	static void stopProviders() {
		twilio.close();
		smtp.close();
	}

	@Test
	void twoInstancesSendEachReminderOnce() {
		startInstance();
		startInstance();
		Instant start = this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		List<AppointmentConfirmed> events = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			events.add(AppointmentConfirmedMother.confirmedAt(start));
		}

		events.forEach((event) -> this.bookings.publish(this.bookingService.encode(event)));
		events.forEach((event) -> awaitSms(event, 1));
		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
		events.forEach((event) -> awaitSms(event, 2));
		this.clock.setTo(start.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(1)));
		events.forEach((event) -> awaitSms(event, 3));

		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.until(() -> events.stream().allMatch((event) -> sms(event).size() == 3));
		assertThat(events).allSatisfy((event) -> assertThat(sms(event)).extracting(SimulatedSms::body)
			.filteredOn((body) -> body.contains("Reminder"))
			.hasSize(2));
	}

	@Test
	void remindersMissedWhileDownAreSentOnRestartIfStillUseful() {
		startInstance();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.HOURS);
		AppointmentConfirmed stillAhead = AppointmentConfirmedMother.confirmedAt(now.plus(Duration.ofDays(3)));
		AppointmentConfirmed bothMissed = AppointmentConfirmedMother
			.confirmedAt(now.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)));
		AppointmentConfirmed alreadyStarted = AppointmentConfirmedMother.confirmedAt(now.plus(Duration.ofDays(2)));
		List.of(stillAhead, bothMissed, alreadyStarted)
			.forEach((event) -> this.bookings.publish(this.bookingService.encode(event)));
		List.of(stillAhead, bothMissed, alreadyStarted).forEach((event) -> awaitSms(event, 1));
		this.instances.remove(0).close();

		// down for two days: stillAhead's 24 h reminder is due, bothMissed's 24 h and 2 h
		// ones too, alreadyStarted began
		this.clock.setTo(now.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)).plus(Duration.ofMinutes(30)));
		startInstance();

		awaitSms(stillAhead, 2);
		awaitSms(bothMissed, 2);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.until(() -> sms(stillAhead).size() == 2 && sms(bothMissed).size() == 2 && sms(alreadyStarted).size() == 1);
		assertThat(sms(stillAhead).get(1).body()).contains("Reminder");
		assertThat(sms(bothMissed).get(1).body()).contains("Reminder");
	}

	private void startInstance() {
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationServiceApplication.class)
			.initializers(
					(applicationContext) -> applicationContext.getBeanFactory().registerSingleton("clock", this.clock))
			.run("--server.port=0", "--spring.mongodb.uri=" + infrastructure.mongoUri("two-" + this.id),
					"--spa.kafka.topic-prefix=" + this.topicPrefix,
					"--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
					"--spa.twilio.account-sid=" + ACCOUNT_SID, "--spa.twilio.auth-token=" + AUTH_TOKEN,
					"--spa.twilio.api-url=" + twilio.baseUrl(), "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtp.port());
		this.instances.add(context);
	}

	private static List<SimulatedSms> sms(AppointmentConfirmed event) {
		return twilio.messagesTo(event.client().phone());
	}

	private static void awaitSms(AppointmentConfirmed event, int count) {
		await().atMost(TIMEOUT).until(() -> sms(event).size() >= count);
	}

}
