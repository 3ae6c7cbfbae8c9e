package com.spautopia.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentVariables;
import com.spautopia.notification.appointment.Appointments;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.delivery.Recipients;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.Notifications;
import com.spautopia.notification.webhook.ClientReply.Kind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Acts on an inbound SMS and says what to answer: opt-out words opt the number out
 * (Twilio answers those itself), START/UNSTOP opt it back in, C, OK, Y, CONFIRM or YES
 * confirm the client's next appointment, HELP gets help text; free text is kept for the
 * front desk ({@link ClientReplies}). CANCEL opts out too, but the client most likely
 * meant the appointment: they are emailed how to cancel it ({@link CancelHints}; no SMS
 * may go to the number any more) and the front desk sees the reply.
 */
@Component
class InboundReplies {

	private static final Logger logger = LoggerFactory.getLogger(InboundReplies.class);

	private final SmsOptOuts optOuts;

	private final Appointments appointments;

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	private final Clock clock;

	private final ClientReplies replies;

	private final CancelHints cancelHints;

	private final Notifications notifications;

	InboundReplies(SmsOptOuts optOuts, Appointments appointments, MessageTemplates templates,
			NotificationProperties properties, Clock clock, ClientReplies replies, CancelHints cancelHints,
			Notifications notifications) {
		this.optOuts = optOuts;
		this.appointments = appointments;
		this.templates = templates;
		this.properties = properties;
		this.clock = clock;
		this.replies = replies;
		this.cancelHints = cancelHints;
		this.notifications = notifications;
	}

	/**
	 * Handles one inbound SMS.
	 * @param messageSid Twilio's id of the SMS
	 * @param from the sender in E.164 form
	 * @param body the text
	 * @return the reply, or {@code null} for none
	 */
	@Nullable String handle(String messageSid, String from, String body) {
		Instant now = this.clock.instant();
		InboundKeyword keyword = InboundKeyword.of(body);
		String word = InboundKeyword.normalize(body);
		logger.info("Inbound SMS from {}: {}", Recipients.maskPhone(from), keyword);
		return switch (keyword) {
			case OPT_OUT -> {
				this.optOuts.optOut(from, word, now);
				if (word.equals("CANCEL")) {
					cancelMeant(messageSid, from, body, now);
				}
				yield null;
			}
			case OPT_IN -> {
				this.optOuts.optIn(from, word, now);
				yield null;
			}
			case YES -> {
				this.optOuts.optIn(from, word, now);
				yield confirmNext(from, now);
			}
			case CONFIRM -> confirmNext(from, now);
			case OFFERS ->
				this.optOuts.confirmOffers(from, now) ? render("offers", Map.of(), languageOf(from, now)) : null;
			case HELP -> render("help", Map.of(), languageOf(from, now));
			case OTHER -> {
				// kept for a person to answer, not answered with a canned text
				this.replies.keep(messageSid, from, body, Kind.TEXT, now, this.appointments.nextUpcoming(from, now),
						false);
				yield null;
			}
		};
	}

	/**
	 * CANCEL opted the number out, as at Twilio (which confirms the opt-out itself and
	 * lets no other reply through), but the client most likely meant the appointment:
	 * they are told by email how to cancel it, and the front desk sees the reply.
	 */
	private void cancelMeant(String messageSid, String from, String body, Instant now) {
		Optional<Appointment> next = this.appointments.nextUpcoming(from, now);
		Optional<NotificationRequest> hint = next
			.flatMap((appointment) -> this.cancelHints.emailFor(messageSid, appointment));
		hint.ifPresent((email) -> this.notifications.submit(List.of(email)));
		this.replies.keep(messageSid, from, body, Kind.CANCEL_OPT_OUT, now, next, hint.isPresent());
	}

	private String confirmNext(String from, Instant now) {
		Optional<Appointment> next = this.appointments.nextUpcoming(from, now);
		if (next.isEmpty()) {
			return render("no-appointment", Map.of(), this.properties.locale(null));
		}
		Appointment appointment = next.get();
		if (this.appointments.confirmByClient(appointment, from, now)) {
			logger.info("Client confirmed booking {} by SMS", appointment.bookingId());
		}
		Locale locale = this.properties.locale(appointment.language());
		return render("confirmed", AppointmentVariables.of(this.properties.spaName(), appointment, locale), locale);
	}

	/**
	 * The language to answer a number in: that of its next appointment, else the spa's.
	 */
	private Locale languageOf(String from, Instant now) {
		return this.properties
			.locale(this.appointments.nextUpcoming(from, now).map(Appointment::language).orElse(null));
	}

	private String render(String reply, Map<String, Object> variables, Locale locale) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("spaName", this.properties.spaName());
		return this.templates.render("reply/" + reply + ".txt", all, locale);
	}

}
