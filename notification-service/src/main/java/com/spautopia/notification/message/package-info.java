/**
 * The record of every message sent: claimed before sending so that a redelivered event
 * sends nothing twice, and readable per booking over HTTP.
 */
@NullMarked
package com.spautopia.notification.message;

import org.jspecify.annotations.NullMarked;
