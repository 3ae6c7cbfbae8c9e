package com.spautopia.booking.outbox;

/**
 * Said (as an application event) after an update appended an event to a document's
 * outbox, so the relay publishes it at once. Inserts and saves of documents need not say
 * it: the relay sees them.
 */
public record OutboxWritten() {

	/** The signal. */
	public static final OutboxWritten INSTANCE = new OutboxWritten();

}
