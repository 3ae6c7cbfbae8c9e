/**
 * Pricing requested bookings: evaluates promotions for every {@code AppointmentRequested}
 * and publishes the {@code PromotionEvaluated} result, once per booking.
 */
@NullMarked
package com.spautopia.promotion.pricing;

import org.jspecify.annotations.NullMarked;
