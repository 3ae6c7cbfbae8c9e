package com.spautopia.notification.confirmation;

import java.util.HashMap;
import java.util.Map;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.notification.content.AppointmentFormat;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;

import org.springframework.stereotype.Component;

/**
 * Renders the confirmation messages from {@code templates/notification/confirmation/}.
 */
@Component
class ConfirmationMessages {

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	ConfirmationMessages(MessageTemplates templates, NotificationProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	ConfirmationContent render(AppointmentConfirmed event) {
		Map<String, Object> variables = variables(event);
		return new ConfirmationContent(this.templates.render("confirmation/sms.txt", variables),
				this.templates.render("confirmation/email-subject.txt", variables),
				this.templates.render("confirmation/email.txt", variables),
				this.templates.render("confirmation/email.html", variables));
	}

	private Map<String, Object> variables(AppointmentConfirmed event) {
		AppointmentDetails appointment = event.appointment();
		Map<String, Object> variables = new HashMap<>();
		variables.put("spaName", this.properties.spaName());
		variables.put("firstName", AppointmentFormat.firstName(event.client().name()));
		variables.put("treatment", appointment.treatmentName());
		variables.put("therapist", appointment.therapistName());
		variables.put("start", AppointmentFormat.localStart(appointment));
		variables.put("price", event.pricing().finalPrice().toString());
		variables.put("discount", event.pricing().discount().isZero() ? null : event.pricing().discount().toString());
		variables.put("manageUrl", event.manageUrl());
		variables.put("bookingId", event.bookingId());
		return variables;
	}

}
