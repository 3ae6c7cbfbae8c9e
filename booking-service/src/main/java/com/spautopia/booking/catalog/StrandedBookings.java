package com.spautopia.booking.catalog;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.spautopia.booking.catalog.UpcomingBookings.Upcoming;

/**
 * The bookings a change of a therapist would strand: those the therapist, as changed,
 * would no longer give (a day off, hours that no longer cover the time, a break across
 * it, a specialization dropped).
 */
final class StrandedBookings {

	private StrandedBookings() {
	}

	/**
	 * The bookings the changed therapist would not give.
	 * @param changed the therapist as staff want them
	 * @param upcoming the therapist's upcoming bookings
	 * @param specializations what each booked treatment needs, by treatment id
	 * @param zone the spa's time zone
	 * @return the stranded bookings
	 */
	static List<Upcoming> of(Therapist changed, List<Upcoming> upcoming, Map<String, Specialization> specializations,
			ZoneId zone) {
		return upcoming.stream().filter((booking) -> !gives(changed, booking, specializations, zone)).toList();
	}

	private static boolean gives(Therapist therapist, Upcoming booking, Map<String, Specialization> specializations,
			ZoneId zone) {
		Specialization needed = specializations.get(booking.treatmentId());
		if (needed != null && !therapist.specializations().contains(needed)) {
			return false;
		}
		LocalDateTime start = LocalDateTime.ofInstant(booking.start(), zone);
		LocalDateTime end = LocalDateTime.ofInstant(booking.end(), zone);
		return therapist.hoursOn(start.toLocalDate())
			.map((hours) -> hours.fits(start.toLocalTime(), end.toLocalTime()))
			.orElse(false);
	}

}
