/**
 * Support for the booking benchmark: the local ceiling it compares bookings with. Off
 * unless {@code spa.benchmark.enabled=true}.
 */
@NullMarked
package com.spautopia.booking.benchmark;

import org.jspecify.annotations.NullMarked;
