package com.spautopia.events.notification;

/**
 * Why a message was sent.
 */
public enum Purpose {

	CONFIRMATION, REMINDER, RESCHEDULE, CANCELLATION, THANK_YOU, OFFER, REPLY

}
