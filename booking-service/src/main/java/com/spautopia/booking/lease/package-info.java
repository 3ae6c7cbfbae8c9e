/**
 * Named leases with expiry, so that only one instance of the service does a background
 * job at a time, and another takes over when the holder stops renewing.
 */
@NullMarked
package com.spautopia.booking.lease;

import org.jspecify.annotations.NullMarked;
