package com.spautopia.booking.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The bookings a therapist still has to give or a room still has to host, as the catalog
 * needs to know them before staff change the therapist's hours or what the room hosts
 * (the bookings themselves live in another feature).
 */
public interface UpcomingBookings {

	/**
	 * The therapist's requested and confirmed bookings starting from a moment on, those
	 * they give as the second therapist of a couples treatment included.
	 * @param therapistId the therapist
	 * @param from the moment
	 * @return the bookings, earliest first
	 */
	List<Upcoming> withTherapist(String therapistId, Instant from);

	/**
	 * The requested and confirmed bookings in a room starting from a moment on.
	 * @param roomId the room
	 * @param from the moment
	 * @return the bookings, earliest first
	 */
	List<Upcoming> inRoom(String roomId, Instant from);

	/**
	 * A booking still to be given.
	 *
	 * @param bookingId the booking
	 * @param treatmentId its treatment
	 * @param start its start
	 * @param end its end
	 */
	record Upcoming(String bookingId, String treatmentId, Instant start, Instant end) {
	}

}
