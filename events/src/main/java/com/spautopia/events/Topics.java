package com.spautopia.events;

/**
 * The Kafka topics of the platform. Each topic carries the events of one producing
 * service.
 */
public final class Topics {

	/** Appointment lifecycle events, produced by booking-service. */
	public static final String BOOKING_EVENTS = "spa.booking.events";

	/** Promotion evaluations and offers, produced by promotion-service. */
	public static final String PROMOTION_EVENTS = "spa.promotion.events";

	/** Delivery outcomes and client consent changes, produced by notification-service. */
	public static final String NOTIFICATION_EVENTS = "spa.notification.events";

	private Topics() {
	}

}
