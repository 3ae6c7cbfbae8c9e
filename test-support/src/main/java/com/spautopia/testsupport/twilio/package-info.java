/**
 * A Twilio-compatible SMS simulator: the Messages API, delivery status callbacks signed
 * like Twilio's, inbound messages and fault injection.
 */
@NullMarked
package com.spautopia.testsupport.twilio;

import org.jspecify.annotations.NullMarked;
