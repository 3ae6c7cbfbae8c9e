package com.spautopia.security;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this instance's memory, kept for as long as they matter: with several
 * instances each one allows the whole limit. For a service without MongoDB only.
 */
final class LocalBucketStore implements BucketStore {

	private final Cache<String, Bucket> buckets;

	LocalBucketStore(Duration keep) {
		this.buckets = Caffeine.newBuilder().expireAfterAccess(keep).maximumSize(1_000_000).build();
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.get(key, (ignored) -> {
			LocalBucketBuilder builder = Bucket.builder();
			for (Bandwidth limit : configuration.get().getBandwidths()) {
				builder.addLimit(limit);
			}
			return builder.build();
		});
	}

}
