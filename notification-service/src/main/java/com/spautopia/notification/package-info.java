/**
 * notification-service: tells clients about their appointments by SMS and email.
 */
@NullMarked
package com.spautopia.notification;

import org.jspecify.annotations.NullMarked;
