package com.spautopia.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentState;
import org.jspecify.annotations.Nullable;

/**
 * Whether a due reminder is still to be sent, given the appointment as read: not for an
 * appointment that is no longer on or has moved, not too close to its start, not when a
 * later reminder of the booking is due too (after downtime). A confirmation nudge goes
 * only to a client who has not confirmed yet, whatever other reminders are due.
 */
final class ReminderChecks {

	private final Duration minimumLead;

	ReminderChecks(Duration minimumLead) {
		this.minimumLead = minimumLead;
	}

	/**
	 * How the reminder ends without a message, if it does.
	 * @param reminder the reminder
	 * @param appointment the appointment as read, if there is one
	 * @param now the time
	 * @param laterOneIsDue whether a later reminder of the booking is due too (asked only
	 * when everything else allows the reminder)
	 * @return the ending, or empty if the reminder is to be sent
	 */
	Optional<Ending> ending(Reminder reminder, @Nullable Appointment appointment, Instant now,
			BooleanSupplier laterOneIsDue) {
		if (appointment == null || appointment.state() != AppointmentState.ACTIVE) {
			return Optional.of(new Ending(ReminderStatus.CANCELLED, "the appointment is no longer on"));
		}
		if (!appointment.start().equals(reminder.start())) {
			return Optional.of(new Ending(ReminderStatus.CANCELLED, "the appointment moved"));
		}
		if (!now.isBefore(appointment.start().minus(this.minimumLead))) {
			return Optional.of(new Ending(ReminderStatus.SKIPPED, "too close to the start"));
		}
		if (reminder.confirmationNudge()) {
			return (appointment.clientConfirmedAt() != null)
					? Optional.of(new Ending(ReminderStatus.SKIPPED, "the client has confirmed")) : Optional.empty();
		}
		if (laterOneIsDue.getAsBoolean()) {
			return Optional.of(new Ending(ReminderStatus.SKIPPED, "superseded by a later reminder"));
		}
		return Optional.empty();
	}

	/**
	 * How a reminder ended.
	 *
	 * @param status its final status
	 * @param reason why
	 */
	record Ending(ReminderStatus status, String reason) {
	}

}
