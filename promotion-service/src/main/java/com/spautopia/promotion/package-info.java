/**
 * The promotion service: prices requested bookings and publishes promotion events.
 */
@NullMarked
package com.spautopia.promotion;

import org.jspecify.annotations.NullMarked;
