/**
 * Promotions: their rules (conditions, discount, validity, limits, stacking), their
 * lifecycle and the marketing API that manages them.
 */
@NullMarked
package com.spautopia.promotion.definition;

import org.jspecify.annotations.NullMarked;
