/**
 * The waitlist: clients waiting for time that frees up, offered it one at a time.
 */
@NullMarked
package com.spautopia.booking.waitlist;

import org.jspecify.annotations.NullMarked;
