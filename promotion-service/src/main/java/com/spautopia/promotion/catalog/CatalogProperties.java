package com.spautopia.promotion.catalog;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The spa's treatments as booking-service's catalog names them, with list prices used
 * until a booking event tells a newer one, and the spa's time zone.
 *
 * @param treatments list prices by treatment id
 * @param currency the ISO 4217 currency of the list prices
 * @param timeZone the spa's time zone, for quotes
 */
@Validated
@ConfigurationProperties("spa.promotion.catalog")
record CatalogProperties(@NotEmpty Map<String, BigDecimal> treatments, @Pattern(regexp = "[A-Z]{3}") String currency,
		@NotNull ZoneId timeZone) {

	CatalogProperties {
		treatments = Map.copyOf(treatments);
	}

}
