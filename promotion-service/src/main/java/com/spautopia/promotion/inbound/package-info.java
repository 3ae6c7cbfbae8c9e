/**
 * Kafka consumers: route booking and notification events to the features that react to
 * them.
 */
@NullMarked
package com.spautopia.promotion.inbound;

import org.jspecify.annotations.NullMarked;
