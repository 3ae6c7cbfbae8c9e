/**
 * Consent beyond what clients gave at booking: numbers that opted out of SMS by replying
 * STOP, and the quiet hours of marketing in the recipient's time zone.
 */
@NullMarked
package com.spautopia.notification.consent;

import org.jspecify.annotations.NullMarked;
