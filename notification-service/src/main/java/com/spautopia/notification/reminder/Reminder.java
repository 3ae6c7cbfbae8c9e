package com.spautopia.notification.reminder;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reminder of one appointment, such as the one 24 hours before.
 *
 * @param id {@code bookingId:offset}
 * @param bookingId the booking
 * @param offset how long before the start it is sent (ISO-8601, such as {@code PT24H})
 * @param dueAt when it is due
 * @param start the appointment's start it was planned for
 * @param plan the CloudEvents id of the booking event it was planned from: a reschedule
 * makes a new plan, and the reminder of a new plan is a new message
 * @param status where it is
 * @param owner the instance holding it while {@code SENDING}
 * @param leaseUntil until when the owner holds it
 * @param outcome why it ended as it did
 * @param traceContext the trace of the booking event it was planned from (propagation
 * fields such as {@code traceparent}), which its sending continues; empty if none
 * @param confirmationNudge whether it asks a client who has not confirmed yet to confirm
 * ({@code CONFIRMATION_NUDGE}) rather than reminds them
 */
@Document(Reminder.COLLECTION)
record Reminder(@Id String id, String bookingId, String offset, Instant dueAt, Instant start, String plan,
		ReminderStatus status, @Nullable String owner, @Nullable Instant leaseUntil, @Nullable String outcome,
		Map<String, String> traceContext, boolean confirmationNudge) {

	static final String COLLECTION = "reminders";

	@PersistenceCreator
	Reminder {
		// reminders planned before trace contexts were recorded have none
		traceContext = (traceContext != null) ? Map.copyOf(traceContext) : Map.of();
	}

	/**
	 * A reminder proper (not a confirmation nudge).
	 */
	Reminder(String id, String bookingId, String offset, Instant dueAt, Instant start, String plan,
			ReminderStatus status, @Nullable String owner, @Nullable Instant leaseUntil, @Nullable String outcome,
			Map<String, String> traceContext) {
		this(id, bookingId, offset, dueAt, start, plan, status, owner, leaseUntil, outcome, traceContext, false);
	}

	/**
	 * What causes this reminder's message: this reminder of this plan.
	 * @return the message's source key
	 */
	String sourceKey() {
		return "reminder:" + this.id + ":" + this.plan;
	}

}
