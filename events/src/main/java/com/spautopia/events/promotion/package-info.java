/**
 * Events published by the promotion side of the platform.
 */
@NullMarked
package com.spautopia.events.promotion;

import org.jspecify.annotations.NullMarked;
