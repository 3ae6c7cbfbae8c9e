package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.SpaEvent;

/**
 * A client's consents changed at booking-service: marketing consent asked for on the
 * booking page was confirmed by the client (double opt-in), or withdrawn. Carries nothing
 * personal but the consents.
 *
 * @param clientId the client's id
 * @param consents the client's consents from now on
 * @param source what the client did, as the consent ledger records it
 * @param changedAt when
 */
public record ClientConsentsChanged(String clientId, Consents consents, String source,
		Instant changedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.clientId;
	}

}
