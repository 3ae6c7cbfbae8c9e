package com.spautopia.notification.reminder;

/**
 * Where a planned reminder is.
 */
enum ReminderStatus {

	/** Waiting for its due time. */
	PLANNED,

	/** Claimed by an instance that is handing it over for sending. */
	SENDING,

	/** Handed over: its message is recorded and goes out through the dispatcher. */
	SENT,

	/** Not sent: due before it was planned, too close to the start, or superseded. */
	SKIPPED,

	/** Not sent: the appointment was cancelled, completed or moved. */
	CANCELLED

}
