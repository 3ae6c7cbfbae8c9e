package com.spautopia.notification.consent;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import com.spautopia.notification.content.NotificationProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientZonesTests {

	private final RecipientZones zones = new RecipientZones(
			new QuietHoursProperties(LocalTime.of(21, 0), LocalTime.of(8, 0), Map.of("PT", "Europe/Lisbon")),
			new NotificationProperties("Spa Utopia", "Europe/Warsaw", "en"));

	@Test
	void numberOfASingleZoneRegionIsInThatZone() {
		assertThat(this.zones.zoneOf("+442071838750")).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(this.zones.zoneOf("+48601234567")).isEqualTo(ZoneId.of("Europe/Warsaw"));
	}

	@Test
	void configuredRegionsAreAdded() {
		assertThat(this.zones.zoneOf("+351912345678")).isEqualTo(ZoneId.of("Europe/Lisbon"));
	}

	@Test
	void numberOfAMultiZoneOrUnknownRegionIsInTheSpasZone() {
		assertThat(this.zones.zoneOf("+12025550123")).isEqualTo(ZoneId.of("Europe/Warsaw"));
		assertThat(this.zones.zoneOf("not a number")).isEqualTo(ZoneId.of("Europe/Warsaw"));
	}

}
