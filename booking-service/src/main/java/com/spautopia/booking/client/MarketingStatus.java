package com.spautopia.booking.client;

/**
 * Where a client stands with marketing (offers by SMS or email).
 */
public enum MarketingStatus {

	/** Asked for on the booking page; waits for the client's confirmation. */
	ASKED,

	/** Confirmed by the client: campaigns may reach them. */
	GIVEN,

	/** Neither. */
	NONE

}
