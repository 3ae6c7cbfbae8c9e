package com.spautopia.events.booking;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.SpaEvent;

/**
 * Staff erased a client's personal data (the client's right to erasure): every service
 * anonymizes what it holds about the client (name, phone number, email, message bodies)
 * and keeps only what statistics need. Consumers apply it idempotently.
 *
 * @param clientId the client's id
 * @param phone the phone number the client had, in E.164 form, so that records kept by
 * phone number (opt-outs, messages) can be found and anonymized
 * @param bookingIds the client's bookings, whose records are anonymized too
 * @param erasedAt when the data was erased
 */
public record ClientErased(String clientId, String phone, List<String> bookingIds,
		Instant erasedAt) implements SpaEvent {

	public ClientErased {
		bookingIds = List.copyOf(bookingIds);
	}

	@Override
	public String aggregateId() {
		return this.clientId;
	}

}
