package com.spautopia.booking.appointment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secrets of the clients' manage links.
 *
 * @param tokenSecret 32 or more random bytes in Base64: every booking's manage token and
 * short link code is derived from it and the booking's id (HMAC-SHA256), so that no token
 * is stored anywhere; changing it ends every link given out so far
 * @param sealingKey 32 random bytes in Base64, shared with notification-service only: the
 * links travel sealed with it in the booking events
 * ({@link com.spautopia.events.SealedLinks})
 */
@ConfigurationProperties("spa.manage-links")
record ManageLinkProperties(String tokenSecret, String sealingKey) {

	@Override
	public String toString() {
		return "ManageLinkProperties[token secret and sealing key not shown]";
	}

}
