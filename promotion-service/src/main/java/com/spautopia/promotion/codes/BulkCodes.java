package com.spautopia.promotion.codes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Generates batches of single-use codes and finds the promotion a code unlocks. A batch
 * is inserted unordered; a code that happens to exist already is replaced by a fresh one,
 * so a batch always has the count asked for.
 */
@Service
public class BulkCodes {

	private static final Logger logger = LoggerFactory.getLogger(BulkCodes.class);

	private static final int DUPLICATE_KEY = 11000;

	private static final int ATTEMPTS = 5;

	private final MongoOperations mongo;

	private final PromotionService promotions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	BulkCodes(MongoOperations mongo, PromotionService promotions, Clock clock) {
		this.mongo = mongo;
		this.promotions = promotions;
		this.clock = clock;
	}

	/**
	 * The promotion a bulk code unlocks.
	 * @param code the code, normalized
	 * @return the promotion's id, or empty when it is no bulk code
	 */
	public Optional<String> promotionOf(String code) {
		return Optional.ofNullable(this.mongo.findById(code, BulkCode.class)).map(BulkCode::promotionId);
	}

	CodeBatch generate(String promotionId, CodeBatchRequest request) {
		Promotion promotion = this.promotions.find(promotionId);
		if (!promotion.uniqueCodes()) {
			throw Problems.of(HttpStatus.CONFLICT, "not-unique-codes", "Promotion " + promotionId
					+ " has no codes of their own; bulk codes are for promotions with unique codes.");
		}
		CodePattern pattern = request.pattern();
		if (pattern.capacity() < request.count() * 1000.0) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "length",
					"is too short for " + request.count() + " codes that cannot be guessed");
		}
		String batchId = "batch-" + UUID.randomUUID();
		Instant now = this.clock.instant();
		int missing = request.count();
		for (int attempt = 0; attempt < ATTEMPTS && missing > 0; attempt++) {
			Set<String> codes = new LinkedHashSet<>();
			while (codes.size() < missing) {
				codes.add(pattern.next(this.random));
			}
			missing -= insert(codes.stream().map((code) -> new BulkCode(code, promotionId, batchId, now)).toList());
		}
		if (missing > 0) {
			throw new IllegalStateException("Could not generate unique codes for batch " + batchId);
		}
		logger.info("Generated {} codes for promotion {} in {}", request.count(), promotionId, batchId);
		return new CodeBatch(batchId, promotionId, request.count());
	}

	/**
	 * Streams a promotion's codes, batch by batch; close the stream after use.
	 * @param promotionId the promotion, which must exist
	 * @return the codes
	 */
	Stream<BulkCode> of(String promotionId) {
		this.promotions.find(promotionId);
		Query query = Query.query(Criteria.where("promotionId").is(promotionId))
			.with(Sort.by("batchId", "_id"))
			.cursorBatchSize(1000);
		return this.mongo.stream(query, BulkCode.class);
	}

	private int insert(List<BulkCode> codes) {
		try {
			return this.mongo.bulkOps(BulkMode.UNORDERED, BulkCode.class).insert(codes).execute().getInsertedCount();
		}
		catch (BulkOperationException ex) {
			if (ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				return ex.getResult().getInsertedCount();
			}
			throw ex;
		}
	}

	/**
	 * A generated batch.
	 *
	 * @param batchId the batch
	 * @param promotionId the promotion
	 * @param count the codes in it
	 */
	record CodeBatch(String batchId, String promotionId, int count) {
	}

}
