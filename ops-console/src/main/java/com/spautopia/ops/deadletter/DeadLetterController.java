package com.spautopia.ops.deadletter;

import java.security.Principal;
import java.util.List;

import com.spautopia.ops.kafka.OpsProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dead-letter topics and their messages, a page at a time. Replayed and discarded
 * messages are hidden unless {@code all=true}.
 */
@RestController
@RequestMapping("/api/ops/dead-letters")
class DeadLetterController {

	private final DeadLetterTopics topics;

	private static final int MAX_PAGE_SIZE = 1000;

	private final DeadLetterReplays replays;

	private final OpsProperties properties;

	DeadLetterController(DeadLetterTopics topics, DeadLetterReplays replays, OpsProperties properties) {
		this.topics = topics;
		this.replays = replays;
		this.properties = properties;
	}

	@GetMapping
	List<String> topics() {
		return this.topics.names();
	}

	/**
	 * One page of a topic's messages, by partition and offset; a {@code Link} header with
	 * {@code rel="next"} points at the next page while the topic has more.
	 * @param dlqTopic the topic
	 * @param all whether handled messages are included
	 * @param after where the previous page ended ({@code <partition>-<offset>})
	 * @param limit at most this many messages (the configured page size by default)
	 * @return the page
	 */
	@GetMapping("/{dlqTopic}")
	ResponseEntity<List<DeadLetter>> messages(@PathVariable String dlqTopic,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Positive @Max(MAX_PAGE_SIZE) @Nullable Integer limit) {
		DeadLetterPosition from = position(after);
		int size = (limit != null) ? limit : this.properties.deadLetterPageSize();
		DeadLetterTopics.Page page = this.topics.page(dlqTopic, all, from, size);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (page.next() != null) {
			UriComponentsBuilder next = UriComponentsBuilder.fromPath("/api/ops/dead-letters/{dlqTopic}")
				.queryParam("after", page.next())
				.queryParam("limit", size);
			if (all) {
				next.queryParam("all", true);
			}
			response.header(HttpHeaders.LINK,
					"<" + next.buildAndExpand(dlqTopic).encode().toUriString() + ">; rel=\"next\"");
		}
		return response.body(page.deadLetters());
	}

	private static @Nullable DeadLetterPosition position(@Nullable String after) {
		try {
			return DeadLetterPosition.parse(after);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@PostMapping("/{dlqTopic}/{partition}/{offset}/replay")
	ResponseEntity<DeadLetterReplays.Result> replay(@PathVariable String dlqTopic,
			@PathVariable @PositiveOrZero int partition, @PathVariable @PositiveOrZero long offset,
			Principal operator) {
		return respond(DeadLetterAction.id(dlqTopic, partition, offset),
				this.replays.replay(dlqTopic, partition, offset, operator.getName()));
	}

	@PostMapping("/{dlqTopic}/replay")
	List<DeadLetterReplays.Result> replayAll(@PathVariable String dlqTopic, Principal operator) {
		return this.replays.replayAll(dlqTopic, operator.getName());
	}

	@PostMapping("/{dlqTopic}/{partition}/{offset}/discard")
	ResponseEntity<DeadLetterReplays.Result> discard(@PathVariable String dlqTopic,
			@PathVariable @PositiveOrZero int partition, @PathVariable @PositiveOrZero long offset,
			Principal operator) {
		return respond(DeadLetterAction.id(dlqTopic, partition, offset),
				this.replays.discard(dlqTopic, partition, offset, operator.getName()));
	}

	private static ResponseEntity<DeadLetterReplays.Result> respond(String id, DeadLetterReplays.Outcome outcome) {
		HttpStatus status = switch (outcome) {
			case REPLAYED, DISCARDED -> HttpStatus.OK;
			case ALREADY_HANDLED, REPLAY_IN_PROGRESS -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NO_ORIGINAL_TOPIC -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return ResponseEntity.status(status).body(new DeadLetterReplays.Result(id, outcome));
	}

}
