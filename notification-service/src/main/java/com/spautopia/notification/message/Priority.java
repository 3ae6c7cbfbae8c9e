package com.spautopia.notification.message;

import com.spautopia.events.notification.Purpose;

/**
 * Which messages go first when sends are capped: what a client needs about their
 * appointments before marketing.
 */
public enum Priority {

	TRANSACTIONAL(0), MARKETING(1);

	private final int rank;

	Priority(int rank) {
		this.rank = rank;
	}

	/**
	 * The order in which messages are sent: lower first.
	 * @return the rank
	 */
	public int rank() {
		return this.rank;
	}

	public static Priority of(Purpose purpose) {
		return (purpose == Purpose.OFFER) ? MARKETING : TRANSACTIONAL;
	}

}
