/**
 * Loyalty: a reward offer after every Nth completed visit.
 */
@NullMarked
package com.spautopia.promotion.loyalty;

import org.jspecify.annotations.NullMarked;
