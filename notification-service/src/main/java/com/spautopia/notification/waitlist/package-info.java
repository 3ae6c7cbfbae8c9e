/**
 * The waitlist's messages: freed time offered to a waiting client (SMS and email with the
 * claim link, held until the offer expires), withdrawn when the offer ends.
 */
@NullMarked
package com.spautopia.notification.waitlist;

import org.jspecify.annotations.NullMarked;
