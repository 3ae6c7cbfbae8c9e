/**
 * SMS: the {@link com.spautopia.notification.sms.SmsSender} port and its Twilio
 * implementation.
 */
@NullMarked
package com.spautopia.notification.sms;

import org.jspecify.annotations.NullMarked;
