package com.spautopia.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.BookingEventsMother;
import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentState;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reminder's sender reads the appointment, then records the message: a change handled
 * in between must not let the reminder out.
 */
class ReminderRaceIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private ReminderSender sender;

	@Autowired
	private Appointments appointments;

	@Autowired
	private MongoOperations mongo;

	@Test
	void reminderWhoseAppointmentIsCancelledAfterItWasReadIsNotSent() {
		Instant start = this.clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmedAt(start);
		String phone = event.client().phone();
		publish(event);
		awaitCount(() -> smsTo(phone), 1);
		Reminder reminder = this.mongo.findById(event.bookingId() + ":PT24H", Reminder.class);
		assertThat(reminder).isNotNull();
		// the sender reads the appointment ...
		Appointment asRead = this.appointments.find(event.bookingId()).orElseThrow();

		// ... the cancellation is handled ...
		publish(BookingEventsMother.cancelled(event, this.clock.instant()));
		await().atMost(TIMEOUT)
			.until(() -> this.appointments.find(event.bookingId()).orElseThrow().state() == AppointmentState.CANCELLED);
		awaitCount(() -> smsTo(phone), 2);
		// ... and the sender goes on with what it read
		this.sender.send(reminder, asRead);

		assertStaysAt(() -> smsTo(phone), 2);
		assertThat(smsTo(phone)).extracting(SimulatedSms::body).noneMatch((body) -> body.contains("Reminder"));
	}

}
