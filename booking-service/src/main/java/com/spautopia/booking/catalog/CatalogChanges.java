package com.spautopia.booking.catalog;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Bumps the catalog's revision whenever a treatment, therapist or room is saved or
 * deleted through Spring Data (repositories and {@code MongoTemplate} alike, wherever it
 * is done), once the write is done. Updates by query ({@code updateMulti}) raise no such
 * event: whoever makes one calls {@link Catalog#changed()}.
 */
@Component
class CatalogChanges {

	private final Catalog catalog;

	private final Set<String> collections;

	CatalogChanges(Catalog catalog, MongoOperations mongo) {
		this.catalog = catalog;
		this.collections = Set.of(mongo.getCollectionName(Treatment.class), mongo.getCollectionName(Therapist.class),
				mongo.getCollectionName(Room.class));
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		if (this.collections.contains(event.getCollectionName())) {
			this.catalog.changed();
		}
	}

	@EventListener
	void deleted(AfterDeleteEvent<?> event) {
		if (this.collections.contains(event.getCollectionName())) {
			this.catalog.changed();
		}
	}

}
