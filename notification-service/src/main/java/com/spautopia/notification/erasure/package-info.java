/**
 * The erasure of a client's personal data, as booking-service announces it.
 */
@NullMarked
package com.spautopia.notification.erasure;

import org.jspecify.annotations.NullMarked;
