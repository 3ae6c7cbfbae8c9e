/**
 * Bulk single-use codes for flyers and partners: generated in batches for a unique-code
 * promotion, exported as CSV, each redeemable once by anyone who has it.
 */
@NullMarked
package com.spautopia.promotion.codes;

import org.jspecify.annotations.NullMarked;
