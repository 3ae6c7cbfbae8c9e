/**
 * Redemptions: reserving, releasing and finalizing a promotion's use by a booking, with
 * limits held by single-document atomic conditional updates.
 */
@NullMarked
package com.spautopia.promotion.redemption;

import org.jspecify.annotations.NullMarked;
