package com.spautopia.notification.webhook;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentVariables;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.message.MessageContent;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.NotificationRequest.References;

import org.springframework.stereotype.Component;

/**
 * The answer to a CANCEL texted about an appointment. The number is opted out by then
 * (Twilio sends its own opt-out confirmation and lets nothing else through, and this
 * service texts no opted-out number), so the answer, how to cancel the appointment with
 * its manage link, goes by email, if the client has an address.
 */
@Component
class CancelHints {

	private static final String TEMPLATE = "cancel-hint/";

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	CancelHints(MessageTemplates templates, NotificationProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/**
	 * The email telling the client how to cancel the appointment their CANCEL most likely
	 * meant.
	 * @param messageSid Twilio's id of the CANCEL: a webhook Twilio retries sends one
	 * email
	 * @param appointment the appointment
	 * @return the email, or empty if the client has no address
	 */
	Optional<NotificationRequest> emailFor(String messageSid, Appointment appointment) {
		String email = appointment.email();
		if (email == null) {
			return Optional.empty();
		}
		Locale locale = this.properties.locale(appointment.language());
		Map<String, Object> variables = AppointmentVariables.of(this.properties.spaName(), appointment, locale);
		MessageContent content = MessageContent.email(
				this.templates.render(TEMPLATE + "email-subject.txt", variables, locale),
				this.templates.render(TEMPLATE + "email.txt", variables, locale),
				this.templates.render(TEMPLATE + "email.html", variables, locale));
		// useless once the appointment has started
		return Optional.of(new NotificationRequest("reply:" + messageSid, Channel.EMAIL, Purpose.REPLY, email, content,
				References.booking(appointment.bookingId(), appointment.clientId()), Instant.EPOCH, appointment.start(),
				null, null));
	}

}
