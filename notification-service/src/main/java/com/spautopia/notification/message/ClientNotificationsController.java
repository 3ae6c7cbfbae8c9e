package com.spautopia.notification.message;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/clients/{clientId}/notifications}: the messages sent to one client,
 * newest first, for the front desk's timeline of a booking (each names its booking);
 * recipients masked, bodies left out, as operators see them.
 */
@RestController
class ClientNotificationsController {

	/** The most messages answered: a client's last appointments' worth. */
	static final int LIMIT = 200;

	private final NotificationRepository notifications;

	ClientNotificationsController(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/clients/{clientId}/notifications")
	List<NotificationView> ofClient(@PathVariable @Size(max = 100) String clientId) {
		return this.notifications.findByClientIdOrderByCreatedAtDesc(clientId, Limit.of(LIMIT))
			.stream()
			.map(NotificationView::of)
			.toList();
	}

}
