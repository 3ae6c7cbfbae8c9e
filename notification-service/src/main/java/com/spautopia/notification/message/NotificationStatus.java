package com.spautopia.notification.message;

/**
 * Where a message is in its life.
 */
public enum NotificationStatus {

	/** Claimed for sending; not yet accepted by the provider. */
	PENDING,

	/** Accepted by the provider. */
	SENT,

	/** The provider did not accept it. */
	FAILED

}
