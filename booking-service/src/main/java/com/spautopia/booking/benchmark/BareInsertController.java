package com.spautopia.booking.benchmark;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
	Map<String, String> insert(@RequestBody Map<String, Object> body) {
		String id = UUID.randomUUID().toString();
		this.mongo.insert(new Document(body).append("_id", id).append("at", Instant.now()), "benchmark_documents");
		return Map.of("id", id);
	}

}
