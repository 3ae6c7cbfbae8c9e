/**
 * Twilio's webhooks: status callbacks and inbound SMS, accepted only with a valid
 * {@code X-Twilio-Signature}.
 */
@NullMarked
package com.spautopia.notification.webhook;

import org.jspecify.annotations.NullMarked;
