package com.spautopia.notification.consent;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.spautopia.notification.content.NotificationProperties;

import org.springframework.stereotype.Component;

/**
 * A recipient's time zone: the zone of their phone number's region (libphonenumber finds
 * the region; {@link QuietHoursProperties#regionZones()} maps regions with one zone), or
 * the spa's zone for numbers of other regions (several zones, or unknown).
 */
@Component
public class RecipientZones {

	private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

	private final Map<String, String> regionZones;

	private final ZoneId spaZone;

	public RecipientZones(QuietHoursProperties quietHours, NotificationProperties notification) {
		this.regionZones = quietHours.regionZones();
		this.spaZone = notification.zone();
	}

	/**
	 * The time zone to respect for a recipient.
	 * @param phone the recipient's phone number in E.164 form
	 * @return the zone of the number's region, or the spa's zone
	 */
	public ZoneId zoneOf(String phone) {
		try {
			PhoneNumber number = this.phoneNumbers.parse(phone, null);
			String region = this.phoneNumbers.getRegionCodeForNumber(number);
			String zone = (region != null) ? this.regionZones.get(region) : null;
			return (zone != null) ? ZoneId.of(zone) : this.spaZone;
		}
		catch (NumberParseException | DateTimeException ex) {
			return this.spaZone;
		}
	}

}
