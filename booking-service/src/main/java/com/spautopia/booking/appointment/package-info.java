/**
 * Appointments: booking, pricing, rescheduling, cancelling, closing and the manage links,
 * each change of a booking and its event one document write.
 */
@NullMarked
package com.spautopia.booking.appointment;

import org.jspecify.annotations.NullMarked;
