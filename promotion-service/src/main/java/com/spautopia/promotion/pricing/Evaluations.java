package com.spautopia.promotion.pricing;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Evaluations extends Repository<Evaluation, String> {

	/**
	 * Stores a new evaluation.
	 * @param evaluation the evaluation
	 * @return the stored evaluation
	 * @throws org.springframework.dao.DuplicateKeyException when the booking was already
	 * evaluated
	 */
	Evaluation insert(Evaluation evaluation);

	Optional<Evaluation> findById(String bookingId);

}
