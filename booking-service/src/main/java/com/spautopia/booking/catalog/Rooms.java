package com.spautopia.booking.catalog;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Which rooms host a treatment staff just saved (the rooms are read from the
 * {@link Catalog}). A room hosts only treatments of its kind; a treatment staff add to
 * the offer is hosted by every room of its kind until staff say otherwise ({@code PUT
 * /api/rooms/{id}}).
 */
@Service
class Rooms {

	private final MongoTemplate mongo;

	private final Catalog catalog;

	Rooms(MongoTemplate mongo, Catalog catalog) {
		this.mongo = mongo;
		this.catalog = catalog;
	}

	/**
	 * Places a treatment just saved: rooms of another kind no longer list it, and when no
	 * room of its kind hosts it yet (a new treatment, or one that changed its kind),
	 * every room of its kind does. Each room changes by one atomic update, so that a room
	 * staff change meanwhile keeps their change.
	 * @param treatment the treatment as saved
	 */
	void place(Treatment treatment) {
		this.mongo.updateMulti(
				Query.query(Criteria.where("kind").ne(treatment.roomKind()).and("treatmentIds").is(treatment.id())),
				new Update().pull("treatmentIds", treatment.id()), Room.class);
		if (!this.mongo.exists(
				Query.query(Criteria.where("kind").is(treatment.roomKind()).and("treatmentIds").is(treatment.id())),
				Room.class)) {
			this.mongo.updateMulti(Query.query(Criteria.where("kind").is(treatment.roomKind())),
					new Update().addToSet("treatmentIds", treatment.id()), Room.class);
		}
		// updates by query raise no lifecycle event
		this.catalog.changed();
	}

}
