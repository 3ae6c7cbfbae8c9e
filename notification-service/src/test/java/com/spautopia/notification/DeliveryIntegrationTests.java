package com.spautopia.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.spautopia.events.Channel;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageFailed;
import com.spautopia.events.notification.Purpose;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens after Twilio answers: status callbacks, failures, retries.
 */
class DeliveryIntegrationTests extends NotificationIntegrationTest {

	@Test
	void deliveredSmsIsRecordedAndAnnounced() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());

		publish(event);

		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "DELIVERED");
		MessageDelivered delivered = awaitNotificationEvent(MessageDelivered.class,
				(e) -> event.bookingId().equals(e.bookingId()) && e.channel() == Channel.SMS)
			.data();
		assertThat(delivered.purpose()).isEqualTo(Purpose.CONFIRMATION);
		assertThat(delivered.clientId()).isEqualTo(event.client().clientId());
		assertThat(delivered.messageId()).endsWith(":SMS:CONFIRMATION");
	}

	@Test
	void undeliveredReminderSmsFallsBackToEmail() {
		Instant start = inThreeDays();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		twilio.failDeliveryTo(event.client().phone(), "undelivered", 30003);
		publish(event);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "UNDELIVERED");

		this.clock.setTo(start.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));

		ReceivedEmail reminder = awaitCount(() -> emailsTo(event.client().email()), 2).get(1);
		assertThat(reminder.subject()).contains("reminder");
		MessageFailed failed = awaitNotificationEvent(MessageFailed.class,
				(e) -> event.bookingId().equals(e.bookingId()) && e.purpose() == Purpose.REMINDER)
			.data();
		assertThat(failed.channel()).isEqualTo(Channel.SMS);
		assertThat(failed.errorCode()).isEqualTo("30003");
		assertThat(smsTo(event.client().phone())).hasSize(2);
	}

	@Test
	void twilioHoldsAConfirmationNoLongerThanItsDeadline() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());

		publish(event);

		SimulatedSms sms = awaitCount(() -> smsTo(event.client().phone()), 1).get(0);
		// tried for 6 hours after it was planned: Twilio drops it rather than deliver it
		// later
		assertThat(sms.validityPeriod()).isBetween(6 * 3600 - 60, 6 * 3600);
	}

	@Test
	void twilioServerErrorThenSuccessSendsOneSms() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		// the simulator receives 3 requests (2 errors, 1 success): 3 attempts recorded
		// prove one request per attempt, each retry being the service's (a retry inside
		// the Twilio SDK would spend both errors in the first attempt)
		twilio.failNextRequests(2, 500);

		publish(event);

		awaitCount(() -> smsTo(event.client().phone()), 1);
		assertStaysAt(() -> smsTo(event.client().phone()), 1);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "DELIVERED");
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[?(@.channel == 'SMS')].attempts")
			.asArray()
			.containsExactly(3);
	}

	@Test
	void refusedCredentialsKeepTheSmsBeyondMaxAttemptsUntilTwilioAcceptsThem() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		// more refusals than max-attempts (5) allows for any other error
		twilio.failNextRequests(6, 401);

		publish(event);

		awaitCount(() -> smsTo(event.client().phone()), 1);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "DELIVERED");
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[?(@.channel == 'SMS')].attempts")
			.asArray()
			.containsExactly(7);
		assertThat(emailsTo(event.client().email())).hasSize(1);
	}

	@Test
	void tooManyRequestsIsRetriedNoSoonerThanRetryAfter() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());
		twilio.failNextRequests(1, 429);
		Instant published = WallClock.now();

		publish(event);

		SimulatedSms sms = awaitCount(() -> smsTo(event.client().phone()), 1).get(0);
		// the simulator answers 429 with Retry-After: 1
		assertThat(Duration.between(published, sms.acceptedAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.bodyJson()
				.extractingPath("$[?(@.channel == 'SMS')].attempts")
				.asArray()
				.containsExactly(2));
	}

	@Test
	void notificationsListChannelPurposeStatusSegmentsAndTimes() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(inThreeDays());

		publish(event);

		awaitStatus(event.bookingId(), "EMAIL", "CONFIRMATION", "SENT");
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION", "DELIVERED");
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[?(@.channel == 'SMS')]")
			.asArray()
			.singleElement()
			.asString()
			.contains("smsEncoding=GSM_7", "smsSegments=1", "priority=TRANSACTIONAL", "createdAt=", "sentAt=",
					"completedAt=");
	}

	private Instant inThreeDays() {
		return this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
	}

}
