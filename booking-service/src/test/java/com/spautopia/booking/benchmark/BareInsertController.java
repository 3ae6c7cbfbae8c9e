package com.spautopia.booking.benchmark;

import java.time.Clock;
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
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local ceiling for the booking benchmark: an endpoint that only inserts one
 * document, over the same HTTP, JSON and MongoDB stack as a booking. Test code, so it
 * never ships in the service's jar; found by component scanning when the benchmark starts
 * the service from the test classpath, and only with {@code spa.benchmark.enabled=true}.
 * The service's access table does not list it: {@link #benchmarkOnly} opens it to the
 * benchmark on a filter chain of its own.
 */
@RestController
@ConditionalOnBooleanProperty("spa.benchmark.enabled")
class BareInsertController {

	private final MongoTemplate mongo;

	private final Clock clock;

	BareInsertController(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The endpoint's own filter chain, before the service's: open to the benchmark, no
	 * session, no CSRF (nothing uses cookies).
	 * @param http the security builder
	 * @return the chain
	 * @throws Exception if the chain cannot be built
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static SecurityFilterChain benchmarkOnly(HttpSecurity http) throws Exception {
		return http.securityMatcher("/internal/benchmark/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

	@PostMapping("/internal/benchmark/documents")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> insert(@Valid @RequestBody BenchmarkDocument body) {
		String id = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", id).append("kind", body.kind())
			.append("n", body.n())
			.append("sentAt", body.at())
			.append("at", this.clock.instant()), "benchmark_documents");
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
