package com.spautopia.notification.erasure;

import com.spautopia.events.booking.ClientErased;
import com.spautopia.notification.appointment.AppointmentErasure;
import com.spautopia.notification.consent.EmailOptOuts;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.message.NotificationErasure;
import com.spautopia.notification.reminder.ReminderPlanner;
import com.spautopia.notification.webhook.ClientReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Applies {@link ClientErased}: the client's reminders are dropped and waiting messages
 * cancelled, then the appointments, the messages and the number's opt-out record keep no
 * name, number, email or message text. Every step is idempotent, so a redelivered event
 * changes nothing more.
 */
@Component
public class ClientDataErasure {

	private static final Logger logger = LoggerFactory.getLogger(ClientDataErasure.class);

	private static final String REASON = "the client's data was erased";

	private final AppointmentErasure appointments;

	private final NotificationErasure notifications;

	private final ReminderPlanner reminders;

	private final SmsOptOuts optOuts;

	private final ClientReplies replies;

	private final EmailOptOuts emailOptOuts;

	ClientDataErasure(AppointmentErasure appointments, NotificationErasure notifications, ReminderPlanner reminders,
			SmsOptOuts optOuts, ClientReplies replies, EmailOptOuts emailOptOuts) {
		this.appointments = appointments;
		this.notifications = notifications;
		this.reminders = reminders;
		this.optOuts = optOuts;
		this.replies = replies;
		this.emailOptOuts = emailOptOuts;
	}

	public void erase(ClientErased erased) {
		erased.bookingIds().forEach((bookingId) -> this.reminders.drop(bookingId, REASON));
		long appointments = this.appointments.erase(erased.clientId(), erased.bookingIds(), erased.erasedAt());
		long messages = this.notifications.erase(erased.clientId(), erased.bookingIds(), erased.phone());
		boolean optOut = this.optOuts.forget(erased.phone());
		this.replies.erase(erased.phone());
		this.emailOptOuts.forget(erased.clientId());
		logger.info("Erased client {}: {} appointment(s), {} message(s){}", erased.clientId(), appointments, messages,
				optOut ? ", the number's opt-out record" : "");
	}

}
