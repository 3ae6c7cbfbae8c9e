package com.spautopia.notification.message;

import java.util.List;
import java.util.Map;

import com.spautopia.notification.message.SendQueue.Queued;

/**
 * Sends due messages: what the dispatcher runs for each batch of messages it takes.
 */
@FunctionalInterface
interface MessageWork {

	/**
	 * Claims a batch of due messages for this instance and prepares their sends. A
	 * message is claimed only if its version and status are still those it was found at.
	 * @param batch the messages, most urgent first, each as it was found due
	 * @return by id, the send of each message claimed: it checks the message may still
	 * go, sends it and records the outcome, and never throws for a failed send. A message
	 * changed since it was found, or taken by another instance, has none.
	 */
	Map<String, Runnable> claim(List<Queued> batch);

}
