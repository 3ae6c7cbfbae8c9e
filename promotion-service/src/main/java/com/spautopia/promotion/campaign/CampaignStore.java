package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores campaigns; every status change and progress step is a conditional
 * single-document update.
 */
@Component
class CampaignStore {

	private final MongoOperations mongo;

	CampaignStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Campaign insert(Campaign campaign) {
		return this.mongo.insert(campaign);
	}

	Optional<Campaign> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Campaign.class));
	}

	List<Campaign> findAll() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), Campaign.class);
	}

	/**
	 * Launches a draft campaign.
	 * @param id the campaign
	 * @param status {@code SCHEDULED} or {@code SENDING}
	 * @param at when it was launched
	 * @return the launched campaign, or empty when it was not a draft
	 */
	Optional<Campaign> launch(String id, Campaign.Status status, Instant at) {
		Query draft = Query.query(Criteria.where("_id").is(id).and("status").is(Campaign.Status.DRAFT));
		Update launch = new Update().set("status", status).set("launchedAt", at);
		return Optional.ofNullable(this.mongo.findAndModify(draft, launch,
				FindAndModifyOptions.options().returnNew(true), Campaign.class));
	}

	/**
	 * Changes a campaign's status if it is in one of some statuses.
	 * @param id the campaign
	 * @param from the statuses it may be in
	 * @param to the new status
	 * @param reason why it stops, or none when it runs
	 * @return the changed campaign, or empty when it was in another status
	 */
	Optional<Campaign> changeStatus(String id, Set<Campaign.Status> from, Campaign.Status to,
			Campaign.@Nullable StopReason reason) {
		Query query = Query.query(Criteria.where("_id").is(id).and("status").in(from));
		Update change = new Update().set("status", to).set("stoppedBecause", reason);
		return Optional.ofNullable(this.mongo.findAndModify(query, change,
				FindAndModifyOptions.options().returnNew(true), Campaign.class));
	}

	void startDue(Instant now) {
		Query due = Query.query(Criteria.where("status").is(Campaign.Status.SCHEDULED).and("sendAt").lte(now));
		this.mongo.updateMulti(due, new Update().set("status", Campaign.Status.SENDING), Campaign.class);
	}

	List<Campaign> launched() {
		return this.mongo.find(
				Query.query(Criteria.where("status").in(Campaign.Status.SCHEDULED, Campaign.Status.SENDING)),
				Campaign.class);
	}

	/**
	 * Records a chunk as handled, unless the progress is no longer where the chunk began
	 * (another instance took the lease over and handled it, or moved past it): so each
	 * chunk's clients are counted once.
	 * @param id the campaign
	 * @param after the progress the chunk began after
	 * @param lastClientId the chunk's last client
	 * @param reached the clients it reached
	 * @return whether the progress was saved
	 */
	boolean saveProgress(String id, @Nullable String after, String lastClientId, int reached) {
		Query unchanged = Query.query(Criteria.where("_id")
			.is(id)
			.and("status")
			.is(Campaign.Status.SENDING)
			.and("progress.lastClientId")
			.is(after));
		Update progress = new Update().set("progress.lastClientId", lastClientId).inc("progress.audience", reached);
		return this.mongo.updateFirst(unchanged, progress, Campaign.class).getModifiedCount() == 1;
	}

	void complete(String id, Instant at) {
		Query sending = Query.query(Criteria.where("_id").is(id).and("status").is(Campaign.Status.SENDING));
		this.mongo.updateFirst(sending, new Update().set("status", Campaign.Status.COMPLETED).set("completedAt", at),
				Campaign.class);
	}

}
