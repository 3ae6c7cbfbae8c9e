package com.spautopia.ops.deadletter;

import java.util.List;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead-letter topics and their messages. Replayed and discarded messages are hidden
 * unless {@code all=true}.
 */
@RestController
@RequestMapping("/api/ops/dead-letters")
class DeadLetterController {

	private final DeadLetterTopics topics;

	private final DeadLetterReplays replays;

	DeadLetterController(DeadLetterTopics topics, DeadLetterReplays replays) {
		this.topics = topics;
		this.replays = replays;
	}

	@GetMapping
	List<String> topics() {
		return this.topics.names();
	}

	@GetMapping("/{dlqTopic}")
	List<DeadLetter> messages(@PathVariable String dlqTopic, @RequestParam(defaultValue = "false") boolean all) {
		return this.topics.messages(dlqTopic).stream().filter((letter) -> all || letter.handled() == null).toList();
	}

	@PostMapping("/{dlqTopic}/{partition}/{offset}/replay")
	ResponseEntity<DeadLetterReplays.Result> replay(@PathVariable String dlqTopic,
			@PathVariable @PositiveOrZero int partition, @PathVariable @PositiveOrZero long offset) {
		return respond(DeadLetterAction.id(dlqTopic, partition, offset),
				this.replays.replay(dlqTopic, partition, offset));
	}

	@PostMapping("/{dlqTopic}/replay")
	List<DeadLetterReplays.Result> replayAll(@PathVariable String dlqTopic) {
		return this.replays.replayAll(dlqTopic);
	}

	@PostMapping("/{dlqTopic}/{partition}/{offset}/discard")
	ResponseEntity<DeadLetterReplays.Result> discard(@PathVariable String dlqTopic,
			@PathVariable @PositiveOrZero int partition, @PathVariable @PositiveOrZero long offset) {
		return respond(DeadLetterAction.id(dlqTopic, partition, offset),
				this.replays.discard(dlqTopic, partition, offset));
	}

	private static ResponseEntity<DeadLetterReplays.Result> respond(String id, DeadLetterReplays.Outcome outcome) {
		HttpStatus status = switch (outcome) {
			case REPLAYED, DISCARDED -> HttpStatus.OK;
			case ALREADY_HANDLED -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NO_ORIGINAL_TOPIC -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return ResponseEntity.status(status).body(new DeadLetterReplays.Result(id, outcome));
	}

}
