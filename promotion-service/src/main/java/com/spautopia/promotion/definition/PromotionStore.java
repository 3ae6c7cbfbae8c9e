package com.spautopia.promotion.definition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Stores promotions. A save is conditional on the version read (optimistic locking, a
 * single-document write), so it fails instead of undoing a concurrent change.
 */
@Component
class PromotionStore {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

	private final MongoOperations mongo;

	PromotionStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new promotion.
	 * @param promotion the promotion
	 * @return the stored promotion
	 * @throws org.springframework.dao.DuplicateKeyException when its id or code is taken
	 */
	Promotion insert(Promotion promotion) {
		return this.mongo.insert(promotion);
	}

	/**
	 * Replaces a promotion, if it is still at the version it was read at.
	 * @param promotion the promotion
	 * @return the stored promotion
	 * @throws org.springframework.dao.OptimisticLockingFailureException when it changed
	 * meanwhile
	 */
	Promotion save(Promotion promotion) {
		return this.mongo.save(promotion);
	}

	Optional<Promotion> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Promotion.class));
	}

	Optional<Promotion> findByCode(String code) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("code").is(code)), Promotion.class));
	}

	List<Promotion> findAll() {
		return this.mongo.find(new Query().with(NEWEST_FIRST), Promotion.class);
	}

	List<Promotion> findByStatus(Promotion.Status status) {
		return this.mongo.find(Query.query(Criteria.where("status").is(status)).with(NEWEST_FIRST), Promotion.class);
	}

	List<Promotion> findByStatusNot(Promotion.Status status) {
		return this.mongo.find(Query.query(Criteria.where("status").ne(status)), Promotion.class);
	}

}
