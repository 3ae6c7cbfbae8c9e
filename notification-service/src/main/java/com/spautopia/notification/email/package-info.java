/**
 * Email: the {@link com.spautopia.notification.email.EmailSender} port and its SMTP
 * implementation.
 */
@NullMarked
package com.spautopia.notification.email;

import org.jspecify.annotations.NullMarked;
