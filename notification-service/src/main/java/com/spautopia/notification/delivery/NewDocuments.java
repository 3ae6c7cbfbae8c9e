package com.spautopia.notification.delivery;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Records documents whose ids say what caused them (an event, a planned occurrence) in
 * one unordered write: one whose id is taken already was recorded before (a redelivery, a
 * replay) and is left as it is; the others are recorded all the same.
 */
public final class NewDocuments {

	private NewDocuments() {
	}

	/**
	 * Inserts documents, each unless its id is taken.
	 * @param <T> the entity type
	 * @param mongo the database
	 * @param type the entity type
	 * @param documents the documents
	 * @return those inserted now, the same instances in the same order
	 * @throws BulkOperationException if a document failed for another reason than its id
	 * being taken
	 */
	public static <T> List<T> insert(MongoOperations mongo, Class<T> type, List<T> documents) {
		if (documents.isEmpty()) {
			return List.of();
		}
		try {
			mongo.bulkOps(BulkMode.UNORDERED, type).insert(documents).execute();
			return documents;
		}
		catch (BulkOperationException ex) {
			Set<T> taken = Collections.newSetFromMap(new IdentityHashMap<>());
			for (BulkWriteError error : ex.getErrors()) {
				if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				taken.add(documents.get(error.getIndex()));
			}
			return documents.stream().filter((document) -> !taken.contains(document)).toList();
		}
	}

}
