package com.spautopia.promotion.pricing;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Stores evaluations, one per booking (the booking id is the document id).
 */
@Component
class EvaluationStore {

	private final MongoOperations mongo;

	EvaluationStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new evaluation.
	 * @param evaluation the evaluation
	 * @return the stored evaluation
	 * @throws org.springframework.dao.DuplicateKeyException when the booking was already
	 * evaluated
	 */
	Evaluation insert(Evaluation evaluation) {
		return this.mongo.insert(evaluation);
	}

	Optional<Evaluation> findById(String bookingId) {
		return Optional.ofNullable(this.mongo.findById(bookingId, Evaluation.class));
	}

}
