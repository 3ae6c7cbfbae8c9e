package com.spautopia.promotion.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.spautopia.events.Channel;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds the clients an audience describes who consented to marketing on one of the wanted
 * channels, in client id order so that a launch can resume after the last client it
 * handled. Opt-outs are applied afterwards, with {@link ConsentChanges}.
 */
@Service
public class Audiences {

	private final MongoOperations mongo;

	Audiences(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Streams the audience; close the stream after use.
	 * @param criteria the audience
	 * @param channels the channels the campaign uses
	 * @param now the current time, for "no visit in N days"
	 * @param afterClientId resume after this client, or start from the beginning
	 * @return the clients, by id
	 */
	public Stream<ClientView> stream(AudienceCriteria criteria, Set<Channel> channels, Instant now,
			@Nullable String afterClientId) {
		Query query = query(criteria, channels, now);
		if (afterClientId != null) {
			query.addCriteria(Criteria.where("_id").gt(afterClientId));
		}
		query.with(Sort.by("_id")).cursorBatchSize(1000);
		return this.mongo.stream(query, ClientView.class);
	}

	static Query query(AudienceCriteria criteria, Set<Channel> channels, Instant now) {
		List<Criteria> all = new ArrayList<>();
		all.add(consented(channels));
		if (!criteria.treatmentIds().isEmpty()) {
			all.add(Criteria.where("treatments").in(criteria.treatmentIds()));
		}
		if (criteria.noVisitForDays() != null) {
			Instant since = now.minus(Duration.ofDays(criteria.noVisitForDays()));
			all.add(new Criteria().orOperator(Criteria.where("lastVisitAt").lt(since),
					Criteria.where("lastVisitAt").is(null)));
		}
		if (criteria.minimumVisits() != null) {
			all.add(Criteria.where("visits").gte(criteria.minimumVisits()));
		}
		if (!criteria.tags().isEmpty()) {
			all.add(Criteria.where("tags").in(criteria.tags()));
		}
		return Query.query(new Criteria().andOperator(all));
	}

	private static Criteria consented(Set<Channel> channels) {
		List<Criteria> any = new ArrayList<>();
		if (channels.contains(Channel.SMS)) {
			any.add(Criteria.where("consents.marketingSms").is(true));
		}
		if (channels.contains(Channel.EMAIL)) {
			any.add(Criteria.where("consents.marketingEmail").is(true));
		}
		return new Criteria().orOperator(any);
	}

}
