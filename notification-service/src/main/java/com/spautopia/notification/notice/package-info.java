/**
 * The notices of an appointment's life: confirmation, reschedule, cancellation (with
 * calendar invitations) and the thank-you after completion.
 */
@NullMarked
package com.spautopia.notification.notice;

import org.jspecify.annotations.NullMarked;
