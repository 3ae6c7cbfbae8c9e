package com.spautopia.notification.appointment;

import com.spautopia.events.SealedLinks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key the clients' manage links travel sealed with in booking events, shared with
 * booking-service only ({@link SealedLinks}); this service keeps the links, and the texts
 * of its messages, sealed with it at rest.
 *
 * @param sealingKey 32 random bytes in Base64, booking-service's
 * {@code spa.manage-links.sealing-key}
 */
@ConfigurationProperties("spa.manage-links")
record ManageLinkProperties(String sealingKey) {

	/**
	 * The seal, as a bean.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Sealing {

		@Bean
		SealedLinks sealedLinks(ManageLinkProperties properties) {
			return properties.sealedLinks();
		}

	}

	SealedLinks sealedLinks() {
		if (this.sealingKey == null || this.sealingKey.isBlank()) {
			throw new IllegalStateException("The manage links need booking-service's sealing key: set"
					+ " SPA_MANAGE_LINKS_SEALING_KEY (32 random bytes in Base64); see the README, Configuration");
		}
		return SealedLinks.withKey(this.sealingKey);
	}

	@Override
	public String toString() {
		return "ManageLinkProperties[sealing key not shown]";
	}

}
