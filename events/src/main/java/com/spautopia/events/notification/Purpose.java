package com.spautopia.events.notification;

/**
 * Why a message was sent.
 */
public enum Purpose {

	CONFIRMATION, REMINDER, RESCHEDULE, CANCELLATION, THANK_YOU, OFFER, REPLY,

	/** Freed time offered to a waiting client. */
	WAITLIST_OFFER,

	/** A second request to confirm a booking the client has not confirmed yet. */
	CONFIRMATION_NUDGE

}
