package com.spautopia.promotion.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The promotions bookings are priced with (all but drafts), held in memory for
 * {@code spa.promotion.cache-ttl} so that pricing does not read every promotion for every
 * booking.
 */
@Component
@EnableConfigurationProperties(PromotionProperties.class)
public class ActivePromotions {

	private final PromotionStore promotions;

	private final long ttlNanos;

	private volatile @Nullable Snapshot snapshot;

	ActivePromotions(PromotionStore promotions, PromotionProperties properties) {
		this.promotions = promotions;
		this.ttlNanos = properties.cacheTtl().toNanos();
	}

	public Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null || System.nanoTime() - current.loadedAt() > this.ttlNanos) {
			current = load();
			this.snapshot = current;
		}
		return current;
	}

	void invalidate() {
		this.snapshot = null;
	}

	private Snapshot load() {
		List<Promotion> published = this.promotions.findByStatusNot(Promotion.Status.DRAFT);
		List<Promotion> automatic = published.stream()
			.filter((promotion) -> promotion.kind() == Promotion.Kind.AUTOMATIC)
			.toList();
		Map<String, Promotion> byCode = published.stream()
			.filter((promotion) -> promotion.code() != null)
			.collect(Collectors.toUnmodifiableMap(Promotion::code, Function.identity()));
		Map<String, Promotion> byId = published.stream()
			.collect(Collectors.toUnmodifiableMap(Promotion::id, Function.identity()));
		return new Snapshot(automatic, byCode, byId, System.nanoTime());
	}

	/**
	 * The promotions at one moment.
	 *
	 * @param automatic the automatic promotions
	 * @param byCode shared-code promotions by code
	 * @param byId every promotion but drafts, by id
	 * @param loadedAt {@link System#nanoTime()} when it was read
	 */
	public record Snapshot(List<Promotion> automatic, Map<String, Promotion> byCode, Map<String, Promotion> byId,
			long loadedAt) {

		public Optional<Promotion> byCode(String code) {
			return Optional.ofNullable(this.byCode.get(code));
		}

		public Optional<Promotion> byId(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

	}

}
