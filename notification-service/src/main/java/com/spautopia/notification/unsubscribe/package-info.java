/**
 * Unsubscribing from marketing email: signed links and one-click {@code List-Unsubscribe}
 * (RFC 8058), no sign-in needed.
 */
@NullMarked
package com.spautopia.notification.unsubscribe;

import org.jspecify.annotations.NullMarked;
