package com.spautopia.booking.client;

import java.util.List;

import com.spautopia.events.ClientSnapshot;

/**
 * The bookings of a client, as the erasure of the client's personal data needs them; the
 * booking feature implements it, so that this package does not depend on it.
 */
public interface ClientBookings {

	/**
	 * The ids of every booking of a client.
	 * @param clientId the client
	 * @return the booking ids
	 */
	List<String> bookingIds(String clientId);

	/**
	 * Replaces the client snapshot of every booking of a client that still holds personal
	 * data, one atomic write per booking; statuses, prices and times stay.
	 * @param erased the client as erased
	 * @return how many bookings were changed
	 */
	long anonymize(ClientSnapshot erased);

}
