package com.spautopia.notification.reminder;

import java.time.Instant;

import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.AppointmentMother;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentVariables;
import com.spautopia.notification.content.MessageTemplates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder asks the client to reply C only if they have not confirmed yet.
 */
class ReminderTextTests {

	private final MessageTemplates templates = new MessageTemplates();

	private final Appointment notConfirmed = AppointmentMother.of(AppointmentConfirmedMother.confirmed(), 1);

	@Test
	void aClientWhoHasNotConfirmedIsAskedToReplyC() {
		assertThat(sms(this.notConfirmed)).contains("Reply C to confirm");
	}

	@Test
	void aClientWhoAlreadyConfirmedIsNotAskedAgain() {
		Appointment a = this.notConfirmed;
		Appointment confirmed = new Appointment(a.bookingId(), a.clientId(), a.clientName(), a.phone(), a.email(),
				a.smsConsent(), a.treatment(), a.therapist(), a.start(), a.end(), a.timeZone(), a.manageUrl(),
				a.price(), a.state(), a.version(), a.lastEventId(), a.calendarSequence(),
				Instant.parse("2037-11-30T18:00:00Z"), a.shortManageUrl(), a.language());

		assertThat(sms(confirmed)).doesNotContain("Reply C").contains("Reminder", a.treatment(), a.shortManageUrl());
	}

	private String sms(Appointment appointment) {
		return this.templates.renderMessage("reminder", AppointmentVariables.of("Spa Utopia", appointment), 2).sms();
	}

}
