package com.spautopia.ops;

import java.util.ArrayList;
import java.util.List;

import com.spautopia.testsupport.mongo.IndexUse.Index;
import com.spautopia.testsupport.mongo.QueryLog;
import com.spautopia.testsupport.time.TestClock;
import org.bson.Document;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * The console's clock as a {@link TestClock} (running at the real time until a test moves
 * it; a test that moves it resets it), and a {@link QueryLog} of every query the console
 * sends to MongoDB, with the indexes its documents declare, so that a test can check real
 * MongoDB would serve each from an index.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConsoleClockAndQueries {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	QueryLog consoleQueries() {
		return new QueryLog((thread) -> true);
	}

	@Bean
	MongoClientSettingsBuilderCustomizer recordQueries(QueryLog consoleQueries) {
		return (settings) -> settings.addCommandListener(consoleQueries);
	}

	/**
	 * The indexes the console's documents declare, as Spring Data creates them.
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
