package com.spautopia.notification.reminder;

import com.spautopia.notification.delivery.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due reminders, on every instance; each one is claimed by exactly one. Those
 * that fell due while no instance ran are found on the first run after a restart.
 */
@Component
class ReminderScheduler {

	private static final Logger logger = LoggerFactory.getLogger(ReminderScheduler.class);

	private static final int MAX_PER_RUN = 500;

	private final ReminderClaims claims;

	private final ReminderSender sender;

	private final TraceContexts traces;

	ReminderScheduler(ReminderClaims claims, ReminderSender sender, TraceContexts traces) {
		this.claims = claims;
		this.sender = sender;
		this.traces = traces;
	}

	@Scheduled(fixedDelayString = "${spa.notification.reminders.poll-interval:1s}")
	void sendDueReminders() {
		for (int i = 0; i < MAX_PER_RUN; i++) {
			Reminder reminder = this.claims.claimNext();
			if (reminder == null) {
				return;
			}
			try {
				// in the trace of the booking event it was planned from
				this.traces.continuing("spa.reminder.send", reminder.traceContext())
					.contextualName("send reminder")
					.observe(() -> this.sender.send(reminder));
			}
			catch (RuntimeException ex) {
				// the lease runs out and the reminder is claimed again
				logger.error("Reminder {} could not be handled; it will be tried again", reminder.id(), ex);
			}
		}
	}

}
