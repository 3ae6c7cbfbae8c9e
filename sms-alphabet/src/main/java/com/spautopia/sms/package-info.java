/**
 * The GSM-7 alphabet of SMS, shared by the service that sends SMS and the simulator that
 * receives them in tests.
 */
@NullMarked
package com.spautopia.sms;

import org.jspecify.annotations.NullMarked;
