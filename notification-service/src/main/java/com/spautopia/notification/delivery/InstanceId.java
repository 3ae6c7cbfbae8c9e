package com.spautopia.notification.delivery;

import java.util.UUID;

/**
 * This running instance of the service: the owner written into the leases it takes on
 * messages and reminders, so that a lease tells which instance holds the work.
 *
 * @param value a unique id for this process
 */
public record InstanceId(String value) {

	public static InstanceId random() {
		return new InstanceId(UUID.randomUUID().toString());
	}

}
