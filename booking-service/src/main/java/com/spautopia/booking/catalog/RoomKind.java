package com.spautopia.booking.catalog;

/**
 * The kinds of treatment room, and how many clients a room of each kind takes side by
 * side, each with a therapist of their own. Every treatment names the kind of room it is
 * given in ({@link Treatment#roomKind()}): a treatment given in a double room is a
 * couples treatment, which two therapists give at the same time.
 */
public enum RoomKind {

	/** A massage room for one client. */
	SINGLE(1),

	/** A room for couples: two clients side by side, two therapists. */
	DOUBLE(2),

	/** A room for children, with space for the parent who stays. */
	KIDS(1);

	private final int clients;

	RoomKind(int clients) {
		this.clients = clients;
	}

	/**
	 * How many therapists a treatment in a room of this kind needs at once: one per
	 * client.
	 * @return the number of therapists
	 */
	public int therapists() {
		return this.clients;
	}

	/**
	 * The room a treatment is given in when nobody said: a kids room for a kids
	 * treatment, a single room for any other (also for treatments stored before rooms
	 * were known).
	 * @param specialization the treatment's specialization
	 * @return the kind of room
	 */
	static RoomKind usualFor(Specialization specialization) {
		return (specialization == Specialization.KIDS) ? KIDS : SINGLE;
	}

}
