package com.spautopia.events;

/**
 * A way to reach a client.
 */
public enum Channel {

	SMS, EMAIL

}
