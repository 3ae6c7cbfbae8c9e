package com.spautopia.booking.spa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The bookings on a day, as the spa needs to know them before staff close it or shorten
 * its hours (the bookings themselves live in another feature).
 */
public interface BookingsOnDay {

	/**
	 * Every booking that holds time on a date: requested and confirmed bookings, and
	 * those being made or moved there right now.
	 * @param date the local date
	 * @return the bookings, earliest first
	 */
	List<DayBooking> on(LocalDate date);

	/**
	 * A booking on a day.
	 *
	 * @param bookingId the booking
	 * @param start its start, in the spa's zone
	 * @param end its end, in the spa's zone
	 * @param treatmentId its treatment, unless it is being made right now
	 * @param therapistIds its therapists (two for a couples treatment), unless it is
	 * being made right now
	 * @param roomId its room, unless it has none or is being made right now
	 * @param status {@code REQUESTED} or {@code CONFIRMED}, or {@code IN_PROGRESS} while
	 * a request is booking or moving it here
	 */
	record DayBooking(String bookingId, OffsetDateTime start, OffsetDateTime end, @Nullable String treatmentId,
			List<String> therapistIds, @Nullable String roomId, String status) {

		public DayBooking {
			therapistIds = List.copyOf(therapistIds);
		}

	}

}
