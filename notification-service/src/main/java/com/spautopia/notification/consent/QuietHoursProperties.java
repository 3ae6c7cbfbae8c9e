package com.spautopia.notification.consent;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When marketing messages must wait, and how a recipient's time zone is found.
 *
 * @param start the local time quiet hours begin (21:00 by default)
 * @param end the local time they end (08:00 by default)
 * @param regionZones time zones by ISO 3166 region of the recipient's phone number, added
 * to (or replacing) the built-in ones for single-zone countries; a number from any other
 * region is taken to be in the spa's zone
 */
@ConfigurationProperties("spa.notification.quiet-hours")
public record QuietHoursProperties(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end,
		Map<String, String> regionZones) {

	private static final Map<String, String> SINGLE_ZONE_REGIONS = Map.ofEntries(Map.entry("PL", "Europe/Warsaw"),
			Map.entry("DE", "Europe/Berlin"), Map.entry("CZ", "Europe/Prague"), Map.entry("SK", "Europe/Bratislava"),
			Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"), Map.entry("LT", "Europe/Vilnius"),
			Map.entry("LV", "Europe/Riga"), Map.entry("EE", "Europe/Tallinn"), Map.entry("UA", "Europe/Kyiv"),
			Map.entry("GB", "Europe/London"), Map.entry("GG", "Europe/Guernsey"), Map.entry("JE", "Europe/Jersey"),
			Map.entry("IM", "Europe/Isle_of_Man"), Map.entry("IE", "Europe/Dublin"), Map.entry("FR", "Europe/Paris"),
			Map.entry("BE", "Europe/Brussels"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("IT", "Europe/Rome"),
			Map.entry("DK", "Europe/Copenhagen"), Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"),
			Map.entry("FI", "Europe/Helsinki"), Map.entry("HU", "Europe/Budapest"), Map.entry("RO", "Europe/Bucharest"),
			Map.entry("GR", "Europe/Athens"), Map.entry("JP", "Asia/Tokyo"), Map.entry("IN", "Asia/Kolkata"));

	public QuietHoursProperties {
		Map<String, String> zones = new HashMap<>(SINGLE_ZONE_REGIONS);
		if (regionZones != null) {
			zones.putAll(regionZones);
		}
		regionZones = Map.copyOf(zones);
	}

}
