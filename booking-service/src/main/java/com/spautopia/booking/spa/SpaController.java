package com.spautopia.booking.spa;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/spa}: the rules a booking page shows its clients before they book or
 * cancel: the time zone every time is in, opening days and hours, the notice and horizon
 * of bookings, and from how long before the start a cancellation counts as late.
 */
@RestController
class SpaController {

	private final SpaProperties spa;

	private final Duration lateCancelWindow;

	SpaController(SpaProperties spa, @Value("${spa.booking.lifecycle.late-cancel-window}") Duration lateCancelWindow) {
		this.spa = spa;
		this.lateCancelWindow = lateCancelWindow;
	}

	@GetMapping("/api/spa")
	SpaRules rules() {
		return new SpaRules(this.spa.timeZone().getId(), this.spa.openDays(), this.spa.opens(), this.spa.closes(),
				this.spa.minimumNotice().toMinutes(), this.spa.bookingHorizon().toDays(),
				this.lateCancelWindow.toMinutes());
	}

	/**
	 * The spa's booking rules.
	 *
	 * @param timeZone the IANA time zone every local time is in
	 * @param openDays the days the spa is open
	 * @param opens when it opens
	 * @param closes when it closes
	 * @param minimumNoticeMinutes how long before its start a time can still be booked
	 * @param bookingHorizonDays how far ahead times can be booked
	 * @param lateCancelWindowMinutes a cancellation less than this before the start is
	 * late
	 */
	record SpaRules(String timeZone, Set<DayOfWeek> openDays, LocalTime opens, LocalTime closes,
			long minimumNoticeMinutes, long bookingHorizonDays, long lateCancelWindowMinutes) {
	}

}
