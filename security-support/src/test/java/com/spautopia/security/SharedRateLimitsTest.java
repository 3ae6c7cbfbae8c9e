package com.spautopia.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two instances of a service (two rate limiters, each with its own MongoDB client) on one
 * database share one limit, refill by the clock, and leave documents real MongoDB
 * expires.
 */
class SharedRateLimitsTest {

	private static final SpaSecurityProperties.RateLimits LIMITS = new SpaSecurityProperties.RateLimits(true,
			SpaSecurityProperties.RateLimits.Store.MONGODB, 3, Duration.ofMinutes(1), 2, Duration.ofHours(1));

	private final MovableClock clock = new MovableClock(Instant.parse("2030-03-04T10:00:00Z"));

	private final List<MongoClient> clients = new ArrayList<>();

	private MongoServer server;

	@BeforeEach
	void startDatabase() {
		this.server = new MongoServer(new MemoryBackend());
		this.server.bind("127.0.0.1", 0);
	}

	@AfterEach
	void stopDatabase() {
		this.clients.forEach(MongoClient::close);
		this.server.shutdownNow();
	}

	@Test
	void twoInstancesShareOneLimitPerAddress() {
		RateLimiter one = instance();
		RateLimiter two = instance();

		one.checkAddress("203.0.113.9");
		two.checkAddress("203.0.113.9");
		one.checkAddress("203.0.113.9");

		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> two.checkAddress("203.0.113.9"))
			.satisfies((refused) -> assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("20"));
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> one.checkAddress("203.0.113.9"));
		two.checkAddress("203.0.113.10");
	}

	@Test
	void twoInstancesShareOneLimitPerPhoneNumberAndKeepNoNumber() {
		RateLimiter one = instance();
		RateLimiter two = instance();

		one.checkPhone("+48601234567");
		two.checkPhone("+48601234567");

		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> one.checkPhone("+48601234567"));
		assertThat(database().getCollection(MongoBucketStore.COLLECTION).find().map(Document::toJson))
			.noneMatch((stored) -> stored.contains("601234567"));
	}

	@Test
	void aBucketRefillsWithTimeForEveryInstance() {
		RateLimiter one = instance();
		RateLimiter two = instance();
		for (int i = 0; i < 3; i++) {
			one.checkAddress("203.0.113.20");
		}
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> two.checkAddress("203.0.113.20"));

		this.clock.advance(Duration.ofSeconds(20));

		two.checkAddress("203.0.113.20");
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> one.checkAddress("203.0.113.20"));
	}

	@Test
	void bucketsExpireWhenFullAgainThroughATtlIndex() {
		RateLimiter one = instance();
		one.checkAddress("203.0.113.30");

		Document bucket = database().getCollection(MongoBucketStore.COLLECTION).find().first();
		assertThat(bucket).isNotNull();
		// one token used of three refilling in a minute: full again 20 s later (and a
		// margin)
		assertThat(bucket.getDate("expiresAt").toInstant()).isEqualTo(this.clock.instant().plusSeconds(25));
		assertThat(database().getCollection(MongoBucketStore.COLLECTION).listIndexes())
			.anySatisfy((index) -> assertThat(index.get("key", Document.class)).containsKey("expiresAt"));
	}

	private RateLimiter instance() {
		MongoClient client = MongoClients.create("mongodb://" + this.server.getLocalAddress().getHostString() + ":"
				+ this.server.getLocalAddress().getPort());
		this.clients.add(client);
		return new RateLimiter(LIMITS, new MongoBucketStore(client.getDatabase("limits"), this.clock));
	}

	private MongoDatabase database() {
		return this.clients.get(0).getDatabase("limits");
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
