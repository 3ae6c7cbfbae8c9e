package com.spautopia.notification.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second request to confirm a booking: a client who has not confirmed (reply C) by
 * this long before the start gets one SMS asking them to.
 *
 * @param enabled whether the nudge is sent
 * @param before how long before the start the cut-off is (12 h by default: after the 24 h
 * reminder, which asks first)
 */
@ConfigurationProperties("spa.notification.confirmation-nudge")
public record ConfirmationNudgeProperties(@DefaultValue("true") boolean enabled, @DefaultValue("12h") Duration before) {

	public ConfirmationNudgeProperties {
		if (before.isNegative() || before.isZero()) {
			throw new IllegalArgumentException(
					"spa.notification.confirmation-nudge.before must be a positive duration, not " + before);
		}
	}

}
