/**
 * How freed time is filled: per freed slot, when it was freed, when a booking filled it,
 * at what price and whether that booking was cancelled after; the weekly fill rate, time
 * to fill and revenue recovered marketing sees.
 */
@NullMarked
package com.spautopia.promotion.fill;

import org.jspecify.annotations.NullMarked;
