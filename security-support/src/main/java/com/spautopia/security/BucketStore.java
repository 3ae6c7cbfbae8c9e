package com.spautopia.security;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the rate limits' token buckets live.
 */
interface BucketStore {

	/**
	 * The bucket of a key, created with the configuration when it does not exist yet.
	 * @param key the bucket's key (e.g. {@code address:203.0.113.7})
	 * @param configuration the bucket's limits
	 * @return the bucket
	 */
	Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

}
