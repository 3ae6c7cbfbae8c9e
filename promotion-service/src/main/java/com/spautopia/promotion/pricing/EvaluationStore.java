package com.spautopia.promotion.pricing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.bulk.BulkWriteError;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Stores evaluations, one per booking (the booking id is the document id).
 */
@Component
class EvaluationStore {

	private static final int DUPLICATE_KEY = 11000;

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

	/**
	 * Stores new evaluations in one bulk write.
	 * @param evaluations the evaluations
	 * @return the ids of those not stored because an evaluation with their id was stored
	 * before (a concurrent evaluation of the same booking)
	 */
	Set<String> insertAll(List<Evaluation> evaluations) {
		if (evaluations.isEmpty()) {
			return Set.of();
		}
		try {
			this.mongo.bulkOps(BulkMode.UNORDERED, Evaluation.class).insert(evaluations).execute();
			return Set.of();
		}
		catch (BulkOperationException ex) {
			if (!ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
			return ex.getErrors()
				.stream()
				.map(BulkWriteError::getIndex)
				.map((index) -> evaluations.get(index).id())
				.collect(Collectors.toUnmodifiableSet());
		}
	}

	Optional<Evaluation> findById(String bookingId) {
		return Optional.ofNullable(this.mongo.findById(bookingId, Evaluation.class));
	}

	/**
	 * Reads evaluations in one query.
	 * @param ids the evaluations' ids
	 * @return those stored, by id
	 */
	Map<String, Evaluation> findAllById(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Evaluation.class)
			.stream()
			.collect(Collectors.toMap(Evaluation::id, Function.identity()));
	}

}
