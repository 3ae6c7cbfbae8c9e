package com.spautopia.notification.notice;

import java.util.Locale;
import java.util.Map;

import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentVariables;
import com.spautopia.notification.content.AppointmentFormat;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;

import org.springframework.stereotype.Component;

/**
 * Renders an appointment's notices from their templates, in the client's language (the
 * spa's default when they chose none): the confirmation SMS in one segment, the others in
 * at most two, where the text allows.
 */
@Component
class NoticeMessages {

	static final int MAX_SMS_SEGMENTS = 2;

	/** A confirmation is sent to every client: one segment, where the language allows. */
	static final int MAX_CONFIRMATION_SEGMENTS = 1;

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	NoticeMessages(MessageTemplates templates, NotificationProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	RenderedMessage render(NoticeKind kind, Appointment appointment, SpaEvent event) {
		Locale locale = this.properties.locale(appointment.language());
		return this.templates.renderMessage(kind.template(), variables(appointment, event, locale), maxSegments(kind),
				locale);
	}

	String renderSms(NoticeKind kind, Appointment appointment, SpaEvent event) {
		Locale locale = this.properties.locale(appointment.language());
		return this.templates.renderSms(kind.template(), variables(appointment, event, locale), maxSegments(kind),
				locale);
	}

	private static int maxSegments(NoticeKind kind) {
		return (kind == NoticeKind.CONFIRMATION) ? MAX_CONFIRMATION_SEGMENTS : MAX_SMS_SEGMENTS;
	}

	private Map<String, Object> variables(Appointment appointment, SpaEvent event, Locale locale) {
		Map<String, Object> variables = AppointmentVariables.of(this.properties.spaName(), appointment, locale);
		switch (event) {
			case AppointmentConfirmed confirmed -> {
				variables.put("price", confirmed.pricing().finalPrice().toString());
				variables.put("discount",
						confirmed.pricing().discount().isZero() ? null : confirmed.pricing().discount().toString());
			}
			case AppointmentRescheduled rescheduled -> variables.put("previousStart",
					AppointmentFormat.localTime(rescheduled.previousStart().toInstant(), appointment.zone(), locale));
			case AppointmentCancelled cancelled -> variables.put("lateCancellation", cancelled.lateCancellation());
			default -> {
			}
		}
		return variables;
	}

}
