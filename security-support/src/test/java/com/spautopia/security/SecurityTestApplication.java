package com.spautopia.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.spautopia.security.Endpoint.anyone;
import static com.spautopia.security.Endpoint.only;
import static org.springframework.http.HttpMethod.GET;

/**
 * A service as small as can be, secured by {@link EnableSpaSecurity}: a page, a public
 * rate-limited API, a staff API, its buckets in an embedded MongoDB-compatible server.
 * Its access tokens are {@code <audience>~<role>}, decoded without signatures: the
 * security chain under test is the real one, only the issuer is left out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableSpaSecurity
class SecurityTestApplication {

	static final Instant NOW = Instant.parse("2030-03-04T10:00:00Z");

	@Bean(destroyMethod = "shutdownNow")
	MongoServer mongoServer() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

	@Bean(destroyMethod = "close")
	MongoClient mongoClient(MongoServer server) {
		return MongoClients
			.create("mongodb://" + server.getLocalAddress().getHostString() + ":" + server.getLocalAddress().getPort());
	}

	@Bean
	MongoDatabaseFactory mongoDatabaseFactory(MongoClient client) {
		return new SimpleMongoClientDatabaseFactory(client, "security-test");
	}

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Bean
	EndpointAccess endpointAccess() {
		return EndpointAccess.of(anyone(GET, "/page"), anyone(GET, "/api/things").limitedPerAddress(),
				only(Role.STAFF, GET, "/api/staff-things"));
	}

	@Bean
	JwtDecoder jwtDecoder() {
		return (token) -> {
			String[] audienceAndRole = token.split("~", 2);
			return Jwt.withTokenValue(token)
				.header("alg", "none")
				.subject("someone")
				.audience(List.of(audienceAndRole[0]))
				.claim("roles", List.of(audienceAndRole[1]))
				.issuedAt(NOW.minusSeconds(60))
				.expiresAt(NOW.plusSeconds(3600))
				.build();
		};
	}

	@RestController
	static class Things {

		@GetMapping("/page")
		ResponseEntity<String> page() {
			return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<!DOCTYPE html><title>a page</title>");
		}

		@GetMapping("/api/things")
		Map<String, String> things() {
			return Map.of("thing", "one");
		}

		@GetMapping("/api/staff-things")
		Map<String, String> staffThings() {
			return Map.of("thing", "for staff");
		}

	}

}
