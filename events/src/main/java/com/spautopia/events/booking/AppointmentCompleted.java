package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * The client came and the treatment was given.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment
 * @param client the client
 * @param finalPrice what the client paid
 * @param completedAt when staff marked it completed
 * @param pricing how the price was reached, with the promotions the client was given
 * (absent in events published before it was added)
 */
public record AppointmentCompleted(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		Money finalPrice, Instant completedAt, @Nullable Pricing pricing) implements SpaEvent {

	/**
	 * A completion that does not say how its price was reached.
	 * @param bookingId the booking's id
	 * @param appointment the appointment
	 * @param client the client
	 * @param finalPrice what the client paid
	 * @param completedAt when staff marked it completed
	 */
	public AppointmentCompleted(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
			Money finalPrice, Instant completedAt) {
		this(bookingId, appointment, client, finalPrice, completedAt, null);
	}

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
