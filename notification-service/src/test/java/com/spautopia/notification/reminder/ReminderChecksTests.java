package com.spautopia.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.AppointmentMother;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentState;
import com.spautopia.notification.reminder.ReminderChecks.Ending;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a due reminder is still sent.
 */
class ReminderChecksTests {

	private static final Instant START = Instant.parse("2026-10-25T09:00:00Z");

	private final ReminderChecks checks = new ReminderChecks(Duration.ofMinutes(15));

	private final AppointmentConfirmed confirmed = AppointmentConfirmedMother.confirmedAt(START);

	private final Appointment active = AppointmentMother.of(this.confirmed, 1);

	private final Reminder reminder = new Reminder(this.confirmed.bookingId() + ":PT2H", this.confirmed.bookingId(),
			"PT2H", START.minus(Duration.ofHours(2)), START, "event-1", ReminderStatus.SENDING, "instance-1", START,
			null, Map.of());

	@Test
	void aReminderOfAnActiveUnmovedAppointmentInTimeIsSent() {
		assertThat(ending(this.active, START.minus(Duration.ofHours(2)), false)).isEmpty();
		assertThat(ending(this.active, START.minus(Duration.ofMinutes(15)).minusMillis(1), false)).isEmpty();
	}

	@Test
	void noReminderForAnAppointmentNoLongerOn() {
		Appointment cancelled = AppointmentMother.of(this.confirmed, this.confirmed.appointment(), 2,
				AppointmentState.CANCELLED);

		assertThat(ending(cancelled, START.minus(Duration.ofHours(2)), false))
			.contains(new Ending(ReminderStatus.CANCELLED, "the appointment is no longer on"));
		assertThat(ending(null, START.minus(Duration.ofHours(2)), false)).map(Ending::status)
			.contains(ReminderStatus.CANCELLED);
	}

	@Test
	void noReminderOfAnAppointmentThatMoved() {
		AppointmentConfirmed moved = AppointmentConfirmedMother.confirmedAt(START.plus(Duration.ofDays(1)));

		assertThat(ending(AppointmentMother.of(this.confirmed, moved.appointment(), 2, AppointmentState.ACTIVE),
				START.minus(Duration.ofHours(2)), false))
			.contains(new Ending(ReminderStatus.CANCELLED, "the appointment moved"));
	}

	@Test
	void noReminderWithinTheMinimumLead() {
		assertThat(ending(this.active, START.minus(Duration.ofMinutes(15)), false)).map(Ending::status)
			.contains(ReminderStatus.SKIPPED);
		assertThat(ending(this.active, START, false)).map(Ending::status).contains(ReminderStatus.SKIPPED);
	}

	@Test
	void anEarlierReminderIsSkippedWhenALaterOneIsDueToo() {
		assertThat(ending(this.active, START.minus(Duration.ofHours(2)), true))
			.contains(new Ending(ReminderStatus.SKIPPED, "superseded by a later reminder"));
	}

	@Test
	void aNudgeGoesToAClientWhoHasNotConfirmedWhateverOtherRemindersAreDue() {
		Reminder nudge = nudge();

		assertThat(this.checks.ending(nudge, this.active, START.minus(Duration.ofHours(24)), () -> true)).isEmpty();
	}

	@Test
	void noNudgeToAClientWhoHasConfirmed() {
		Appointment confirmedByClient = confirmedByClient(this.active, START.minus(Duration.ofDays(2)));

		assertThat(this.checks.ending(nudge(), confirmedByClient, START.minus(Duration.ofHours(24)), () -> false))
			.contains(new Ending(ReminderStatus.SKIPPED, "the client has confirmed"));
		assertThat(this.checks.ending(this.reminder, confirmedByClient, START.minus(Duration.ofHours(2)), () -> false))
			.as("reminders still go to a client who confirmed")
			.isEmpty();
	}

	@Test
	void noNudgeForAnAppointmentNoLongerOnOrMovedOrAboutToStart() {
		Appointment cancelled = AppointmentMother.of(this.confirmed, this.confirmed.appointment(), 2,
				AppointmentState.CANCELLED);
		AppointmentConfirmed moved = AppointmentConfirmedMother.confirmedAt(START.plus(Duration.ofDays(1)));

		assertThat(this.checks.ending(nudge(), cancelled, START.minus(Duration.ofHours(24)), () -> false))
			.map(Ending::status)
			.contains(ReminderStatus.CANCELLED);
		assertThat(this.checks.ending(nudge(),
				AppointmentMother.of(this.confirmed, moved.appointment(), 2, AppointmentState.ACTIVE),
				START.minus(Duration.ofHours(24)), () -> false))
			.contains(new Ending(ReminderStatus.CANCELLED, "the appointment moved"));
		assertThat(this.checks.ending(nudge(), this.active, START.minus(Duration.ofMinutes(10)), () -> false))
			.contains(new Ending(ReminderStatus.SKIPPED, "too close to the start"));
	}

	private Reminder nudge() {
		return new Reminder(this.confirmed.bookingId() + ":confirmation-nudge", this.confirmed.bookingId(), "PT24H",
				START.minus(Duration.ofHours(24)), START, "event-1", ReminderStatus.SENDING, "instance-1", START, null,
				Map.of(), true);
	}

	private static Appointment confirmedByClient(Appointment a, Instant at) {
		return new Appointment(a.bookingId(), a.clientId(), a.clientName(), a.phone(), a.email(), a.smsConsent(),
				a.treatment(), a.therapist(), a.start(), a.end(), a.timeZone(), a.manageUrl(), a.price(), a.state(),
				a.version(), a.lastEventId(), a.calendarSequence(), at, a.shortManageUrl(), a.language());
	}

	private Optional<Ending> ending(Appointment appointment, Instant now, boolean laterOneIsDue) {
		return this.checks.ending(this.reminder, appointment, now, () -> laterOneIsDue);
	}

}
