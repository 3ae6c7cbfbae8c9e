package com.spautopia.notification.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.message.MessageContent;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.NotificationRequest.References;
import com.spautopia.notification.message.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends the notices of an appointment's life: confirmation, reschedule and cancellation
 * (in its own words for a booking released because the client did not confirm it) by SMS
 * (with SMS consent; never to a number that opted out) and by email (with a calendar
 * invitation or cancellation), and a thank-you after completion by email, or by SMS to a
 * client without email.
 */
@Component
public class AppointmentNotices {

	private static final Logger logger = LoggerFactory.getLogger(AppointmentNotices.class);

	/** How long after the appointment a thank-you still makes sense. */
	private static final Duration THANK_YOU_WINDOW = Duration.ofDays(3);

	private final NoticeMessages messages;

	private final CalendarInvites invites;

	private final Notifications notifications;

	AppointmentNotices(NoticeMessages messages, CalendarInvites invites, Notifications notifications) {
		this.messages = messages;
		this.invites = invites;
		this.notifications = notifications;
	}

	/**
	 * Sends the notice a booking event calls for, at most once per event.
	 * @param eventId the event's CloudEvents id
	 * @param event the event
	 * @param appointment the appointment after the event
	 */
	public void notify(String eventId, SpaEvent event, Appointment appointment) {
		this.notifications.submit(notices(eventId, event, appointment));
	}

	/**
	 * The notice a booking event calls for, to submit with others.
	 * @param eventId the event's CloudEvents id
	 * @param event the event
	 * @param appointment the appointment after the event
	 * @return its messages (none if the event calls for no notice)
	 */
	public List<NotificationRequest> notices(String eventId, SpaEvent event, Appointment appointment) {
		NoticeKind kind = kind(event);
		if (kind == null) {
			return List.of();
		}
		// a number that opted out is checked when the SMS is sent (it is then recorded as
		// suppressed): one check, at the last moment
		boolean sms = appointment.smsConsent();
		String email = appointment.email();
		if (kind == NoticeKind.THANK_YOU && email != null) {
			sms = false;
		}
		RenderedMessage rendered = (email != null) ? this.messages.render(kind, appointment, event) : null;
		List<NotificationRequest> requests = new ArrayList<>();
		Instant notAfter = (kind == NoticeKind.THANK_YOU) ? appointment.end().plus(THANK_YOU_WINDOW)
				: appointment.start();
		References references = References.booking(appointment.bookingId(), appointment.clientId());
		if (sms) {
			String text = (rendered != null) ? rendered.sms() : this.messages.renderSms(kind, appointment, event);
			requests.add(new NotificationRequest(eventId, Channel.SMS, kind.purpose(), appointment.phone(),
					MessageContent.sms(text), references, Instant.EPOCH, notAfter, null, null));
		}
		if (email != null && rendered != null) {
			requests.add(new NotificationRequest(eventId, Channel.EMAIL, kind.purpose(), email,
					emailContent(kind, rendered, appointment), references, Instant.EPOCH, notAfter, null, null));
		}
		if (requests.isEmpty()) {
			logger.info("No {} for booking {}: no SMS consent and no email", kind, appointment.bookingId());
		}
		return requests;
	}

	private MessageContent emailContent(NoticeKind kind, RenderedMessage rendered, Appointment appointment) {
		MessageContent email = MessageContent.email(rendered.emailSubject(), rendered.emailText(),
				rendered.emailHtml());
		if ("CANCEL".equals(kind.calendarMethod())) {
			return email.withCalendar("CANCEL", this.invites.cancel(appointment));
		}
		if (kind.calendarMethod() != null) {
			return email.withCalendar("REQUEST", this.invites.request(appointment));
		}
		return email;
	}

	private static @Nullable NoticeKind kind(SpaEvent event) {
		return switch (event) {
			case AppointmentConfirmed e -> NoticeKind.CONFIRMATION;
			case AppointmentRescheduled e -> NoticeKind.RESCHEDULE;
			case AppointmentCancelled e when e.releasedUnconfirmed() -> NoticeKind.RELEASE;
			case AppointmentCancelled e -> NoticeKind.CANCELLATION;
			case AppointmentCompleted e -> NoticeKind.THANK_YOU;
			default -> null;
		};
	}

}
