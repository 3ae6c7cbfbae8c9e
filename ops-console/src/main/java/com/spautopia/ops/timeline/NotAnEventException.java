package com.spautopia.ops.timeline;

/**
 * A record on an event topic that is no CloudEvent (no {@code ce_id} or {@code ce_type}):
 * the console cannot index it, so after the binder's attempts it is dead-lettered.
 */
class NotAnEventException extends RuntimeException {

	NotAnEventException(String message) {
		super(message);
	}

}
