package com.spautopia.promotion.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The promotions bookings are priced with (all but drafts), held in memory and read again
 * only when they changed: every change bumps a revision (one document, one atomic
 * increment) and drops this instance's copy at once; another instance's change is seen
 * when the copy is next checked, at most {@code spa.promotion.cache-ttl} after its last
 * check, by reading the revision alone.
 */
@Component
@EnableConfigurationProperties(PromotionProperties.class)
public class ActivePromotions {

	static final String REVISIONS = "promotion_revisions";

	private static final String REVISION_ID = "promotions";

	private final PromotionStore promotions;

	private final MongoOperations mongo;

	private final long checkNanos;

	private volatile @Nullable Snapshot snapshot;

	ActivePromotions(PromotionStore promotions, MongoOperations mongo, PromotionProperties properties) {
		this.promotions = promotions;
		this.mongo = mongo;
		this.checkNanos = properties.cacheTtl().toNanos();
	}

	public Snapshot current() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current == null) {
			current = load(now);
		}
		else if (now - current.checkedAt() > this.checkNanos) {
			long revision = revision();
			current = (revision == current.revision()) ? current.checked(now) : load(now);
		}
		this.snapshot = current;
		return current;
	}

	/**
	 * Tells every instance that the promotions changed: this one reads them again at
	 * once, the others at their next check.
	 */
	void invalidate() {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(REVISION_ID)), new Update().inc("revision", 1L),
				REVISIONS);
		this.snapshot = null;
	}

	private long revision() {
		Document revision = this.mongo.findById(REVISION_ID, Document.class, REVISIONS);
		return (revision != null) ? revision.get("revision", Number.class).longValue() : 0;
	}

	// the revision is read first: a change made while the promotions are read is seen
	// at the next check
	private Snapshot load(long now) {
		long revision = revision();
		List<Promotion> published = this.promotions.findByStatusNot(Promotion.Status.DRAFT);
		List<Promotion> automatic = published.stream()
			.filter((promotion) -> promotion.kind().appliesWithoutCode())
			.toList();
		Map<String, Promotion> byCode = published.stream()
			.filter((promotion) -> promotion.code() != null)
			.collect(Collectors.toUnmodifiableMap(Promotion::code, Function.identity()));
		Map<String, Promotion> byId = published.stream()
			.collect(Collectors.toUnmodifiableMap(Promotion::id, Function.identity()));
		return new Snapshot(automatic, byCode, byId, revision, now);
	}

	/**
	 * The promotions at one moment.
	 *
	 * @param automatic the promotions that apply without a code (automatic and
	 * last-minute)
	 * @param byCode shared-code promotions by code
	 * @param byId every promotion but drafts, by id
	 * @param revision the promotions' revision when they were read
	 * @param checkedAt {@link System#nanoTime()} when the revision was last read
	 */
	public record Snapshot(List<Promotion> automatic, Map<String, Promotion> byCode, Map<String, Promotion> byId,
			long revision, long checkedAt) {

		Snapshot checked(long now) {
			return new Snapshot(this.automatic, this.byCode, this.byId, this.revision, now);
		}

		public Optional<Promotion> byCode(String code) {
			return Optional.ofNullable(this.byCode.get(code));
		}

		public Optional<Promotion> byId(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

	}

}
