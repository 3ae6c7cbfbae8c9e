package com.spautopia.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

/**
 * Buckets in the service's MongoDB database (collection {@code rate_limit_buckets}), one
 * document per key, shared by every instance: Bucket4j's compare-and-swap back end, each
 * change a conditional single-document write of the bucket's state (an insert for a new
 * bucket, an update on the state read for an existing one; the loser of a race retries).
 * Bucket4j's own MongoDB module is not on Maven Central, its core makes this small.
 * <p>
 * A document carries {@code expiresAt}, the time its bucket is full again (a full bucket
 * is the same as none), and real MongoDB deletes it then through the TTL index declared
 * here. Keys are stored as SHA-256 hashes, so no phone number or address is kept.
 */
final class MongoBucketStore extends AbstractCompareAndSwapBasedProxyManager<String> implements BucketStore {

	static final String COLLECTION = "rate_limit_buckets";

	private static final String STATE = "state";

	private static final String EXPIRES_AT = "expiresAt";

	/** Kept a little past full refill, so clocks of instances a little apart agree. */
	private static final Duration MARGIN = Duration.ofSeconds(5);

	private final MongoCollection<Document> buckets;

	private final Clock clock;

	MongoBucketStore(MongoDatabase database, Clock clock) {
		super(ClientSideConfig.getDefault().withClientClock(new WallClock(clock)));
		this.buckets = database.getCollection(COLLECTION);
		this.clock = clock;
		this.buckets.createIndex(Indexes.ascending(EXPIRES_AT),
				new IndexOptions().name("rate_limit_buckets_ttl").expireAfter(0L, TimeUnit.SECONDS));
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return builder().build(hashed(key), configuration);
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				Document bucket = MongoBucketStore.this.buckets.find(Filters.eq("_id", key)).first();
				return Optional.ofNullable(bucket).map((found) -> found.get(STATE, Binary.class).getData());
			}

			@Override
			public boolean compareAndSwap(byte @Nullable [] originalData, byte[] newData, RemoteBucketState newState,
					Optional<Long> timeoutNanos) {
				return swap(key, originalData, newData, expiry(newState));
			}

		};
	}

	private boolean swap(String key, byte @Nullable [] originalData, byte[] newData, Date expiresAt) {
		if (originalData == null) {
			try {
				this.buckets.insertOne(
						new Document("_id", key).append(STATE, new Binary(newData)).append(EXPIRES_AT, expiresAt));
				return true;
			}
			catch (MongoWriteException ex) {
				if (ErrorCategory.fromErrorCode(ex.getCode()) == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		return this.buckets
			.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq(STATE, new Binary(originalData))),
					Updates.combine(Updates.set(STATE, new Binary(newData)), Updates.set(EXPIRES_AT, expiresAt)))
			.getModifiedCount() == 1;
	}

	private Date expiry(RemoteBucketState state) {
		long untilFull = state.calculateFullRefillingTime(currentTimeNanos());
		return Date.from(this.clock.instant().plusNanos(untilFull).plus(MARGIN));
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("The MongoDB buckets are synchronous only.");
	}

	@Override
	public void removeProxy(String key) {
		this.buckets.deleteOne(Filters.eq("_id", key));
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("synchronous only"));
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

	static String hashed(String key) {
		int kind = key.indexOf(':');
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return key.substring(0, kind + 1) + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Bucket4j's time from the service's clock, so that every instance refills by the
	 * same wall clock (and tests by theirs).
	 */
	private record WallClock(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
