package com.spautopia.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The confirmation cut-off: one SMS at the cut-off to a client who has not replied C,
 * none to one who has, none after a cancellation; a booking released because it was not
 * confirmed is explained in its own words. The tests' cut-off is 100 days before the
 * start (test configuration), further ahead than the other tests' appointments, so that
 * the nudge never joins their messages.
 */
class ConfirmationCutOffIntegrationTests extends NotificationIntegrationTest {

	private static final Duration CUT_OFF = Duration.ofDays(100);

	@Autowired
	private Appointments appointments;

	@Autowired
	private MongoOperations mongo;

	@Test
	void clientWhoHasNotConfirmedGetsOneNudgeAtTheCutOff() {
		Instant start = beyondTheCutOff();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);

		this.clock.setTo(start.minus(CUT_OFF).minus(Duration.ofMinutes(1)));
		assertStaysAt(() -> smsTo(phone), 1);
		this.clock.setTo(start.minus(CUT_OFF).plus(Duration.ofMinutes(1)));

		SimulatedSms nudge = awaitCount(() -> smsTo(phone), 2).get(1);
		assertThat(nudge.body()).contains("please confirm", "Deep Tissue Massage",
				RemindersIntegrationTests.localStart(start), "reply C to confirm", event.shortManageUrl());
		this.clock.setTo(start.minus(CUT_OFF).plus(Duration.ofMinutes(5)));
		assertStaysAt(() -> smsTo(phone), 2);
		awaitStatus(event.bookingId(), "SMS", "CONFIRMATION_NUDGE", "DELIVERED");
	}

	@Test
	void clientWhoRepliedCGetsNoNudge() {
		Instant start = beyondTheCutOff();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);
		twilio.sendInbound(phone, SPA_NUMBER, "C", BASE_URL + "/twilio/inbound");
		await().atMost(TIMEOUT)
			.until(() -> this.appointments.find(event.bookingId()).map(Appointment::clientConfirmedAt).isPresent());
		int before = smsTo(phone).size();

		this.clock.setTo(start.minus(CUT_OFF).plus(Duration.ofMinutes(1)));

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(nudge(event)).containsEntry("status", "SKIPPED"));
		assertThat(nudge(event)).containsEntry("outcome", "the client has confirmed");
		assertStaysAt(() -> smsTo(phone), before);
	}

	@Test
	void noNudgeAfterACancellation() {
		Instant start = beyondTheCutOff();
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);
		publish(BookingEventsMother.cancelled(event, WallClock.now()));
		awaitCount(() -> smsTo(phone), 2);

		this.clock.setTo(start.minus(CUT_OFF).plus(Duration.ofMinutes(1)));

		assertStaysAt(() -> smsTo(phone), 2);
		assertThat(nudge(event)).containsEntry("status", "CANCELLED");
	}

	@Test
	void releasedBookingGetsItsOwnWordsNotTheOrdinaryCancellation() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(beyondTheCutOff());
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);

		publish(BookingEventsMother.released(event, WallClock.now()));

		SimulatedSms sms = awaitCount(() -> smsTo(phone), 2).get(1);
		assertThat(sms.body()).contains("we released your Deep Tissue Massage", "not confirmed in time", "book again")
			.doesNotContain("has been cancelled");
		ReceivedEmail email = awaitCount(() -> emailsTo(event.client().email()), 2).get(1);
		assertThat(email.subject()).contains("was released");
		assertThat(email.textBody()).contains("not confirmed in time");
		awaitStatus(event.bookingId(), "SMS", "CANCELLATION", "DELIVERED");
	}

	private Document nudge(AppointmentConfirmed event) {
		Document nudge = this.mongo.findById(event.bookingId() + ":confirmation-nudge", Document.class, "reminders");
		assertThat(nudge).as("the booking's confirmation nudge").isNotNull();
		return nudge;
	}

	private Instant beyondTheCutOff() {
		return this.clock.instant().plus(CUT_OFF).plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
	}

}
