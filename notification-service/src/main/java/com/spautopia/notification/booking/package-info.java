/**
 * The consumer of booking events: decodes them and hands each type to its feature.
 */
@NullMarked
package com.spautopia.notification.booking;

import org.jspecify.annotations.NullMarked;
