package com.spautopia.notification.message;

/**
 * Sends one due message: what the dispatcher runs for each message it takes.
 */
@FunctionalInterface
interface MessageWork {

	/**
	 * Claims, sends and records one message; never throws for a failed send.
	 * @param id the message's id
	 * @param version its version when it was found due; it is claimed only if unchanged
	 * @param status its status when it was found due; it is claimed only if unchanged
	 */
	void send(String id, long version, NotificationStatus status);

}
