package com.spautopia.notification.message;

import java.util.List;

import org.springframework.data.domain.Limit;

import org.springframework.data.repository.Repository;

/**
 * Reads messages; writes go through {@link Deliveries}, which needs atomic conditional
 * updates.
 */
interface NotificationRepository extends Repository<Notification, String> {

	List<Notification> findByBookingIdOrderByCreatedAtAsc(String bookingId);

	List<Notification> findByClientIdOrderByCreatedAtDesc(String clientId, Limit limit);

}
