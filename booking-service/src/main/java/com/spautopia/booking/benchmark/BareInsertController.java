package com.spautopia.booking.benchmark;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.bson.Document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local ceiling for the booking benchmark: an endpoint that only inserts one
 * document, over the same HTTP, JSON and MongoDB stack as a booking. Only with
 * {@code spa.benchmark.enabled=true}; never in production.
 */
@RestController
@ConditionalOnBooleanProperty("spa.benchmark.enabled")
class BareInsertController {

	private final MongoTemplate mongo;

	BareInsertController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@PostMapping("/internal/benchmark/documents")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> insert(@Valid @RequestBody BenchmarkDocument body) {
		String id = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", id).append("kind", body.kind())
			.append("n", body.n())
			.append("sentAt", body.at())
			.append("at", Instant.now()), "benchmark_documents");
		return Map.of("id", id);
	}

	/**
	 * What the benchmark sends: validated like a booking, so that the ceiling does the
	 * same kind of work, and never stored as it came.
	 *
	 * @param kind a label
	 * @param n the request's number
	 * @param at when it was sent
	 */
	record BenchmarkDocument(@NotBlank @Size(max = 100) String kind, @PositiveOrZero long n, @NotNull Instant at) {
	}

}
