/**
 * Events published by the notification side of the platform.
 */
@NullMarked
package com.spautopia.events.notification;

import org.jspecify.annotations.NullMarked;
