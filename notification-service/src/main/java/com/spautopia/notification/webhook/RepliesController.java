package com.spautopia.notification.webhook;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/replies}: the clients' replies that need a person, newest first, for
 * the front desk; {@code ?clientId=} for one client's.
 */
@RestController
class RepliesController {

	private static final int LIMIT = 100;

	private final ClientReplies replies;

	RepliesController(ClientReplies replies) {
		this.replies = replies;
	}

	/**
	 * The newest replies, or one client's.
	 * @param clientId only this client's replies
	 * @return the replies, newest first
	 */
	@GetMapping("/api/replies")
	List<ClientReply> replies(@RequestParam(required = false) @Nullable @Size(max = 100) String clientId) {
		return (clientId != null) ? this.replies.newestOf(clientId, LIMIT) : this.replies.newest(LIMIT);
	}

}
