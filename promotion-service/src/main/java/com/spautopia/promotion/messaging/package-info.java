/**
 * Publishing promotion events to Kafka as CloudEvents, shared by the features that emit
 * them.
 */
@NullMarked
package com.spautopia.promotion.messaging;

import org.jspecify.annotations.NullMarked;
