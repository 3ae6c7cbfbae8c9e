package com.spautopia.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentVariables;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.message.MessageContent;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.NotificationRequest.Fallback;
import com.spautopia.notification.message.NotificationRequest.References;
import com.spautopia.notification.message.Notifications;
import com.spautopia.notification.message.Notifications.HeldMessages;
import com.spautopia.notification.reminder.ReminderChecks.Ending;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns a claimed, due reminder into its message: by SMS (with SMS consent, unless the
 * number opted out; falling back to email if the SMS fails), otherwise by email. Never
 * after the appointment started, nor too close to it, nor for an appointment that is no
 * longer on; after downtime only the latest due reminder of a booking is sent. The
 * confirmation nudge goes by SMS only, and only to a client who has not confirmed yet.
 */
@Component
class ReminderSender {

	private static final int MAX_SMS_SEGMENTS = 2;

	private final ReminderClaims claims;

	private final Appointments appointments;

	private final Notifications notifications;

	private final SmsOptOuts optOuts;

	private final MessageTemplates templates;

	private final NotificationProperties notification;

	private final Clock clock;

	private final ReminderChecks checks;

	private final Duration minimumLead;

	ReminderSender(ReminderClaims claims, Appointments appointments, Notifications notifications, SmsOptOuts optOuts,
			MessageTemplates templates, NotificationProperties notification, ReminderProperties properties,
			Clock clock) {
		this.claims = claims;
		this.appointments = appointments;
		this.notifications = notifications;
		this.optOuts = optOuts;
		this.templates = templates;
		this.notification = notification;
		this.clock = clock;
		this.checks = new ReminderChecks(properties.minimumLead());
		this.minimumLead = properties.minimumLead();
	}

	void send(Reminder reminder) {
		send(reminder, this.appointments.find(reminder.bookingId()).orElse(null));
	}

	/**
	 * Sends a reminder as the appointment was read. Its message is recorded held (not due
	 * yet), then released only if the appointment is still the version it was read at; a
	 * cancellation or a move handled in between (which cancels the booking's waiting
	 * reminder messages after it changes the appointment) cancels it instead.
	 * @param reminder the claimed reminder
	 * @param appointment the appointment as read, if any
	 */
	void send(Reminder reminder, @Nullable Appointment appointment) {
		Optional<Ending> ending = this.checks.ending(reminder, appointment, this.clock.instant(),
				() -> this.claims.laterOneIsDue(reminder));
		if (ending.isPresent() || appointment == null) {
			ending.ifPresent((end) -> this.claims.finish(reminder, end.status(), end.reason()));
			return;
		}
		List<NotificationRequest> messages = reminder.confirmationNudge() ? nudge(reminder, appointment)
				: messages(reminder, appointment);
		if (messages.isEmpty()) {
			this.claims.finish(reminder, ReminderStatus.SKIPPED, reminder.confirmationNudge()
					? "no SMS consent, or the number opted out" : "no SMS consent and no email");
			return;
		}
		HeldMessages held = this.notifications.hold(messages);
		if (!this.appointments.isUnchanged(appointment)) {
			this.notifications.cancel(held, "the appointment changed while its reminder was written");
			this.claims.finish(reminder, ReminderStatus.CANCELLED, "the appointment changed");
			return;
		}
		this.notifications.release(held);
		this.claims.finish(reminder, ReminderStatus.SENT, "handed over as " + messages.get(0).id());
	}

	/**
	 * The confirmation nudge: one SMS asking the client to reply C, with the manage link;
	 * none without SMS consent or to a number that opted out (C is an SMS reply).
	 */
	private List<NotificationRequest> nudge(Reminder reminder, Appointment appointment) {
		if (!appointment.smsConsent() || this.optOuts.isOptedOut(appointment.phone())) {
			return List.of();
		}
		Locale locale = this.notification.locale(appointment.language());
		Map<String, Object> variables = AppointmentVariables.of(this.notification.spaName(), appointment, locale);
		String text = this.templates.renderSms("confirmation-nudge", variables, MAX_SMS_SEGMENTS, locale);
		return List.of(new NotificationRequest(reminder.sourceKey(), Channel.SMS, Purpose.CONFIRMATION_NUDGE,
				appointment.phone(), MessageContent.sms(text),
				References.booking(appointment.bookingId(), appointment.clientId()), Instant.EPOCH,
				appointment.start().minus(this.minimumLead), null, null));
	}

	private List<NotificationRequest> messages(Reminder reminder, Appointment appointment) {
		Locale locale = this.notification.locale(appointment.language());
		Map<String, Object> variables = AppointmentVariables.of(this.notification.spaName(), appointment, locale);
		RenderedMessage rendered = this.templates.renderMessage("reminder", variables, MAX_SMS_SEGMENTS, locale);
		References references = References.booking(appointment.bookingId(), appointment.clientId());
		// tried (and held by Twilio) until 15 minutes before the start, not later
		Instant notAfter = appointment.start().minus(this.minimumLead);
		String email = appointment.email();
		MessageContent emailContent = MessageContent.email(rendered.emailSubject(), rendered.emailText(),
				rendered.emailHtml());
		if (appointment.smsConsent() && !this.optOuts.isOptedOut(appointment.phone())) {
			Fallback fallback = (email != null) ? new Fallback(email, emailContent) : null;
			return List
				.of(new NotificationRequest(reminder.sourceKey(), Channel.SMS, Purpose.REMINDER, appointment.phone(),
						MessageContent.sms(rendered.sms()), references, Instant.EPOCH, notAfter, null, fallback));
		}
		if (email != null) {
			return List.of(new NotificationRequest(reminder.sourceKey(), Channel.EMAIL, Purpose.REMINDER, email,
					emailContent, references, Instant.EPOCH, notAfter, null, null));
		}
		return List.of();
	}

}
