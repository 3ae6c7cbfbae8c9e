package com.spautopia.booking.catalog;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The spa's rooms and which of them can host a treatment. A room hosts only treatments of
 * its kind; a treatment staff add to the offer is hosted by every room of its kind until
 * staff say otherwise ({@code PUT /api/rooms/{id}}).
 */
@Service
public class Rooms {

	private final RoomRepository rooms;

	private final MongoTemplate mongo;

	Rooms(RoomRepository rooms, MongoTemplate mongo) {
		this.rooms = rooms;
		this.mongo = mongo;
	}

	/**
	 * Every room, by id.
	 * @return the rooms
	 */
	public List<Room> all() {
		return this.rooms.findAll().stream().sorted(Comparator.comparing(Room::id)).toList();
	}

	/**
	 * The rooms a treatment can be given in, by id.
	 * @param treatment the treatment
	 * @return the rooms that can host it
	 */
	public List<Room> hosting(Treatment treatment) {
		return all().stream().filter((room) -> room.canHost(treatment)).toList();
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
	}

}
