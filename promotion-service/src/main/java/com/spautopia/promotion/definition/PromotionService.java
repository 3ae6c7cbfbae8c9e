package com.spautopia.promotion.definition;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.spautopia.promotion.web.Problems;

/**
 * Creates promotions and moves them through their lifecycle: draft, active, paused,
 * ended. Status changes are conditional single-document updates, so two marketers cannot,
 * say, pause an ended promotion; each change increments the promotion's version, which an
 * update of its terms is conditional on.
 */
@Service
public class PromotionService {

	private static final Logger logger = LoggerFactory.getLogger(PromotionService.class);

	private final PromotionStore promotions;

	private final MongoOperations mongo;

	private final ActivePromotions active;

	private final Clock clock;

	PromotionService(PromotionStore promotions, MongoOperations mongo, ActivePromotions active, Clock clock) {
		this.promotions = promotions;
		this.mongo = mongo;
		this.active = active;
		this.clock = clock;
	}

	Promotion create(PromotionRequest request) {
		Instant now = this.clock.instant();
		Promotion promotion = request.toPromotion("promo-" + UUID.randomUUID(), Promotion.Status.DRAFT, now, now, null);
		Promotion created = saveWithUniqueCode(promotion, true);
		logger.info("Created promotion {} ({})", created.id(), created.name());
		return created;
	}

	/**
	 * Replaces a promotion's terms, keeping its status. The replacement is conditional on
	 * the version read, so a status change made meanwhile (a pause, say) is never undone:
	 * the update fails with 409 instead.
	 * @param id the promotion
	 * @param request the new terms
	 * @return the updated promotion
	 */
	Promotion update(String id, PromotionRequest request) {
		Promotion current = find(id);
		if (current.status() == Promotion.Status.ENDED) {
			throw Problems.of(HttpStatus.CONFLICT, "promotion-ended", "Promotion " + id + " has ended.");
		}
		Promotion updated = request.toPromotion(id, current.status(), current.createdAt(), this.clock.instant(),
				current.version());
		try {
			return saveWithUniqueCode(updated, false);
		}
		catch (OptimisticLockingFailureException ex) {
			logger.info("Promotion {} changed while it was being updated: update refused", id);
			throw Problems.of(HttpStatus.CONFLICT, "concurrent-change",
					"Promotion " + id + " changed while it was being updated; read it again and retry.");
		}
	}

	Promotion activate(String id) {
		return transition(id, EnumSet.of(Promotion.Status.DRAFT, Promotion.Status.PAUSED), Promotion.Status.ACTIVE);
	}

	Promotion pause(String id) {
		return transition(id, EnumSet.of(Promotion.Status.ACTIVE), Promotion.Status.PAUSED);
	}

	Promotion end(String id) {
		return transition(id, EnumSet.complementOf(EnumSet.of(Promotion.Status.ENDED)), Promotion.Status.ENDED);
	}

	public Promotion find(String id) {
		return findById(id).orElseThrow(() -> Problems.notFound("Promotion", id));
	}

	public Optional<Promotion> findById(String id) {
		return this.promotions.findById(id);
	}

	List<Promotion> list(Promotion.@Nullable Status status) {
		return (status != null) ? this.promotions.findByStatus(status) : this.promotions.findAll();
	}

	/**
	 * Stores a promotion the service itself needs (such as the loyalty reward), or brings
	 * the stored one's terms (description, discount) in line with it, keeping its status
	 * so that a reward marketing paused stays paused.
	 * @param promotion the promotion as the settings describe it
	 */
	public void ensure(Promotion promotion) {
		try {
			this.promotions.insert(promotion);
			logger.info("Created built-in promotion {}", promotion.id());
		}
		catch (DuplicateKeyException ex) {
			Promotion stored = find(promotion.id());
			if (stored.discount().equals(promotion.discount())
					&& Objects.equals(stored.description(), promotion.description())) {
				return;
			}
			// conditional on the version read: a concurrent change wins, the next start
			// retries
			Query other = Query.query(Criteria.where("_id").is(promotion.id()).and("version").is(stored.version()));
			Update terms = new Update().set("discount", promotion.discount())
				.set("description", promotion.description())
				.set("updatedAt", this.clock.instant())
				.inc("version", 1);
			if (this.mongo.updateFirst(other, terms, Promotion.class).getModifiedCount() > 0) {
				logger.info("Built-in promotion {} takes its terms from the settings now", promotion.id());
			}
		}
		this.active.invalidate();
	}

	@Scheduled(fixedDelayString = "${spa.promotion.end-expired-interval:60s}")
	void endExpired() {
		Instant now = this.clock.instant();
		Query expired = Query.query(Criteria.where("status")
			.in(Promotion.Status.ACTIVE, Promotion.Status.PAUSED)
			.and("validUntil")
			.lte(now));
		long ended = this.mongo
			.updateMulti(expired, new Update().set("status", Promotion.Status.ENDED).set("updatedAt", now),
					Promotion.class)
			.getModifiedCount();
		if (ended > 0) {
			this.active.invalidate();
			logger.info("Ended {} promotions whose validity passed", ended);
		}
	}

	private Promotion transition(String id, Set<Promotion.Status> from, Promotion.Status to) {
		Query query = Query.query(Criteria.where("_id").is(id).and("status").in(from));
		Update update = new Update().set("status", to).set("updatedAt", this.clock.instant());
		Promotion changed = this.mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
				Promotion.class);
		if (changed == null) {
			Promotion current = find(id);
			throw Problems.of(HttpStatus.CONFLICT, "invalid-status-change",
					"Promotion " + id + " is " + current.status() + " and cannot become " + to + ".");
		}
		this.active.invalidate();
		logger.info("Promotion {} is now {}", id, to);
		return changed;
	}

	private Promotion saveWithUniqueCode(Promotion promotion, boolean isNew) {
		if (promotion.code() != null) {
			this.promotions.findByCode(promotion.code())
				.filter((other) -> !other.id().equals(promotion.id()))
				.ifPresent((other) -> {
					throw codeTaken(promotion.code());
				});
		}
		try {
			Promotion saved = isNew ? this.promotions.insert(promotion) : this.promotions.save(promotion);
			this.active.invalidate();
			return saved;
		}
		catch (DuplicateKeyException ex) {
			throw codeTaken(promotion.code());
		}
	}

	private static RuntimeException codeTaken(@Nullable String code) {
		return Problems.field(HttpStatus.CONFLICT, "code-taken", "code",
				"code " + code + " is already used by another promotion");
	}

}
