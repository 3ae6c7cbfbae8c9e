/**
 * Appointment reminders (24 h and 2 h before by default): durable in MongoDB, claimed
 * with an atomic conditional update so that several instances send each once, re-planned
 * on reschedule, dropped on cancel, never sent after the start.
 */
@NullMarked
package com.spautopia.notification.reminder;

import org.jspecify.annotations.NullMarked;
