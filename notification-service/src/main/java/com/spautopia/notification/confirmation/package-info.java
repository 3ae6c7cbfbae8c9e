/**
 * Confirmation messages for a confirmed appointment: SMS and email.
 */
@NullMarked
package com.spautopia.notification.confirmation;

import org.jspecify.annotations.NullMarked;
