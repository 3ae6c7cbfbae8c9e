package com.spautopia.promotion.codes;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A single-use code of a batch: the code is the id, so it is unique and found by an index
 * lookup; using it once is held by the redemption counter of the code.
 *
 * @param code the code, upper case
 * @param promotionId the promotion it unlocks
 * @param batchId the batch it was generated in
 * @param createdAt when it was generated
 */
@Document("bulk_codes")
@CompoundIndex(name = "promotion_batch", def = "{'promotionId': 1, 'batchId': 1}")
public record BulkCode(@Id String code, String promotionId, String batchId, Instant createdAt) {
}
