package com.spautopia.booking.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the catalog is held in memory.
 *
 * @param cacheTtl how long this instance uses its copy of the catalog before it reads the
 * revision again to see whether another instance changed it; zero reads it on every use
 * (a change made here is seen at once whatever this says)
 */
@ConfigurationProperties("spa.catalog")
public record CatalogProperties(@DefaultValue("1s") Duration cacheTtl) {

	public CatalogProperties {
		if (cacheTtl.isNegative()) {
			throw new IllegalArgumentException("spa.catalog.cache-ttl must not be negative, was " + cacheTtl);
		}
	}

}
