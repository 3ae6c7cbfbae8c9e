/**
 * Offers issued to clients, stored before they are published (outbox style) and published
 * once by a relay.
 */
@NullMarked
package com.spautopia.promotion.offer;

import org.jspecify.annotations.NullMarked;
