package com.spautopia.booking;

import java.util.ArrayList;
import java.util.List;

import com.spautopia.testsupport.mongo.IndexUse.Index;
import com.spautopia.testsupport.mongo.QueryLog;
import org.bson.Document;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Records the queries booking-service's scheduled tasks send to MongoDB
 * ({@link QueryLog}, threads {@code scheduling-*}, and the outbox relay's own threads
 * {@code outbox-*}, which run it when a write wakes it), and gives the indexes its
 * documents declare, so that a test can check real MongoDB would serve each from an
 * index.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryRecording {

	@Bean
	QueryLog scheduledQueries() {
		return new QueryLog((thread) -> thread.startsWith("scheduling-") || thread.startsWith("outbox-"));
	}

	@Bean
	MongoClientSettingsBuilderCustomizer recordQueries(QueryLog scheduledQueries) {
		return (settings) -> settings.addCommandListener(scheduledQueries);
	}

	/**
	 * The indexes the service's documents declare, as Spring Data creates them.
	 * @param mappingContext the mapping context
	 * @return the indexes
	 */
	public static List<Index> declaredIndexes(MongoMappingContext mappingContext) {
		MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mappingContext);
		List<Index> indexes = new ArrayList<>();
		for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
			if (!entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
				continue;
			}
			for (var holder : resolver.resolveIndexFor(entity.getTypeInformation())) {
				IndexDefinition index = holder.getIndexDefinition();
				indexes
					.add(Index.of(holder.getCollection(), index.getIndexKeys(), new Document(index.getIndexOptions())));
			}
		}
		return indexes;
	}

}
