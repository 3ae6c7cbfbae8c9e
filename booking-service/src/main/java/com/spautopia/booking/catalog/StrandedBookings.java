package com.spautopia.booking.catalog;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.spautopia.booking.catalog.UpcomingBookings.Upcoming;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The bookings a change of a therapist or a room would strand: those the therapist, as
 * changed, would no longer give (a day off, hours that no longer cover the time, a break
 * across it, a specialization dropped), or the room would no longer host (a treatment
 * dropped, another kind of room).
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

	/**
	 * The bookings in a room that the changed room would not host.
	 * @param changed the room as staff want it
	 * @param upcoming the room's upcoming bookings
	 * @param treatments the treatments of the offer
	 * @return the stranded bookings
	 */
	static List<Upcoming> inRoom(Room changed, List<Upcoming> upcoming, Collection<Treatment> treatments) {
		return upcoming.stream()
			.filter((booking) -> treatments.stream()
				.filter((treatment) -> treatment.id().equals(booking.treatmentId()))
				.findFirst()
				.map((treatment) -> !changed.canHost(treatment))
				.orElse(false))
			.toList();
	}

	/**
	 * The 409 that refuses a change stranding bookings, listing them.
	 * @param stranded the bookings
	 * @param detail what staff should do
	 * @return the problem to throw
	 */
	static ErrorResponseException problem(List<Upcoming> stranded, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("https://spautopia.com/problems/bookings-stranded"));
		problem.setProperty("bookings", stranded);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
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
