package com.spautopia.testsupport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

/**
 * The documents of some collections at one moment, to show that a refused request changed
 * nothing.
 *
 * @param collections each collection's documents as JSON, by {@code _id}
 */
public record StoredDocuments(Map<String, List<String>> collections) {

	/**
	 * Reads every document of the collections.
	 * @param database the service's database
	 * @param names the collections
	 * @return what they hold
	 */
	public static StoredDocuments of(MongoDatabase database, String... names) {
		Map<String, List<String>> collections = new LinkedHashMap<>();
		for (String name : names) {
			List<String> documents = new ArrayList<>();
			database.getCollection(name).find().sort(Sorts.ascending("_id")).map(Document::toJson).into(documents);
			collections.put(name, documents);
		}
		return new StoredDocuments(collections);
	}

}
