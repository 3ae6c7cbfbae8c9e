/**
 * The appointments this service knows of, kept from the booking events: the source of
 * reminders, calendar sequence numbers and SMS replies.
 */
@NullMarked
package com.spautopia.notification.appointment;

import org.jspecify.annotations.NullMarked;
