/**
 * Events published by the booking side of the platform.
 */
@NullMarked
package com.spautopia.events.booking;

import org.jspecify.annotations.NullMarked;
