/**
 * Infrastructure shared by the features: MongoDB conversions, leases for work done by one
 * instance at a time, and masking of personal data in logs.
 */
@NullMarked
package com.spautopia.promotion.support;

import org.jspecify.annotations.NullMarked;
