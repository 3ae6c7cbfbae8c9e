package com.spautopia.notification.webhook;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/replies}: the clients' replies that need a person, newest first, for
 * the front desk.
 */
@RestController
class RepliesController {

	private static final int LIMIT = 100;

	private final ClientReplies replies;

	RepliesController(ClientReplies replies) {
		this.replies = replies;
	}

	@GetMapping("/api/replies")
	List<ClientReply> replies() {
		return this.replies.newest(LIMIT);
	}

}
