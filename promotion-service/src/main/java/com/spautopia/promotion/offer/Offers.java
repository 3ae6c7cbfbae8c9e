package com.spautopia.promotion.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Stores offers and what happens to them.
 */
@Service
public class Offers {

	private static final Logger logger = LoggerFactory.getLogger(Offers.class);

	private static final int DUPLICATE_KEY = 11000;

	private final MongoOperations mongo;

	Offers(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores new offers; offers stored before (same id) are left as they are.
	 * @param offers the offers
	 * @return how many were new, as the server reports it (the embedded test server
	 * counts duplicates as inserted)
	 */
	public int issue(Collection<Offer> offers) {
		if (offers.isEmpty()) {
			return 0;
		}
		try {
			return this.mongo.bulkOps(BulkMode.UNORDERED, Offer.class)
				.insert(List.copyOf(offers))
				.execute()
				.getInsertedCount();
		}
		catch (BulkOperationException ex) {
			if (ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				return ex.getResult().getInsertedCount();
			}
			throw ex;
		}
	}

	public Optional<Offer> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Offer.class));
	}

	public Optional<Offer> findByUniqueCode(String code) {
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(Criteria.where("code").is(code).and("uniqueCode").is(true)), Offer.class));
	}

	/**
	 * The rewards a client holds at a time: offers with a code of the client's own that
	 * no campaign issued (loyalty rewards), not redeemed, not ended; the one ending first
	 * first. They apply without their code.
	 * @param clientId the client
	 * @param at the time
	 * @return the rewards
	 */
	public List<Offer> rewardsHeld(String clientId, Instant at) {
		return this.mongo.find(rewardsHeld(Criteria.where("client.clientId").is(clientId), at), Offer.class);
	}

	/**
	 * The rewards clients hold from a time on, in one query (index
	 * {@code client_promotion}); each is held while {@link Offer#validUntil()} is later
	 * than the time it is used at.
	 * @param clientIds the clients
	 * @param from the earliest time they are used at
	 * @return each client's rewards, the one ending first first; none for a client who
	 * holds none
	 */
	public Map<String, List<Offer>> rewardsHeld(Collection<String> clientIds, Instant from) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(rewardsHeld(Criteria.where("client.clientId").in(clientIds), from), Offer.class)
			.stream()
			.collect(Collectors.groupingBy((offer) -> offer.client().clientId()));
	}

	private static Query rewardsHeld(Criteria clients, Instant at) {
		return Query
			.query(clients.and("campaignId")
				.is(null)
				.and("uniqueCode")
				.is(true)
				.and("redeemedAt")
				.is(null)
				.and("validUntil")
				.gt(at))
			.with(Sort.by("validUntil"));
	}

	List<Offer> pending(int limit) {
		return this.mongo.find(Query.query(Criteria.where("pending").is(true)).limit(limit), Offer.class);
	}

	List<Offer> pendingOfCampaign(String campaignId, int limit) {
		return this.mongo.find(
				Query.query(Criteria.where("campaignId").is(campaignId).and("pending").is(true)).limit(limit),
				Offer.class);
	}

	/**
	 * Drops a cancelled campaign's offers that were stored but not published.
	 * @param campaignId the campaign
	 * @return how many were dropped
	 */
	public long discardPending(String campaignId) {
		return this.mongo
			.remove(Query.query(Criteria.where("campaignId").is(campaignId).and("pending").is(true)), Offer.class)
			.getDeletedCount();
	}

	/**
	 * The stored offers among some ids.
	 * @param ids the offer ids
	 * @return the stored ones, by id
	 */
	public Map<String, Offer> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Offer.class)
			.stream()
			.collect(Collectors.toMap(Offer::id, Function.identity()));
	}

	void markPublished(Collection<String> ids, Instant at) {
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().set("pending", false).set("publishedAt", at), Offer.class);
	}

	/**
	 * Records the first delivery of a campaign's offer to a client ({@code $min}, so
	 * later or repeated deliveries change nothing).
	 * @param campaignId the campaign
	 * @param clientId the client
	 * @param at when it was delivered
	 */
	public void markDelivered(String campaignId, String clientId, Instant at) {
		Query offer = Query.query(Criteria.where("_id").is(Offer.campaignOfferId(campaignId, clientId)));
		this.mongo.updateFirst(offer, new Update().min("deliveredAt", at), Offer.class);
	}

	/**
	 * Credits a completed booking to the latest offer of its promotion the client got,
	 * once per booking: the unique index on {@code redeemedBookingId} refuses a second
	 * offer for the same booking, however many completions race.
	 * @param clientId the client
	 * @param promotionId the promotion the booking used
	 * @param bookingId the booking
	 * @param revenue what the client paid
	 * @param at when the booking was completed
	 */
	public void attributeRedemption(String clientId, String promotionId, String bookingId, Money revenue, Instant at) {
		Query open = Query
			.query(Criteria.where("client.clientId")
				.is(clientId)
				.and("promotionId")
				.is(promotionId)
				.and("pending")
				.is(false)
				.and("redeemedAt")
				.is(null))
			.with(Sort.by(Sort.Direction.DESC, "issuedAt"));
		try {
			this.mongo.findAndModify(open,
					new Update().set("redeemedAt", at).set("redeemedBookingId", bookingId).set("revenue", revenue),
					FindAndModifyOptions.none(), Offer.class);
		}
		catch (DuplicateKeyException ex) {
			logger.debug("Booking {} is credited to an offer already", bookingId);
		}
	}

	/**
	 * Records that a client completed a booking while campaign offers (or hold-outs) ran:
	 * the first such visit counts, for the comparison of variants and hold-out.
	 * @param clientId the client
	 * @param at when the booking was completed
	 */
	public void recordVisit(String clientId, Instant at) {
		Query running = Query.query(Criteria.where("client.clientId")
			.is(clientId)
			.and("campaignId")
			.ne(null)
			.and("visitedAt")
			.is(null)
			.and("issuedAt")
			.lte(at)
			.and("validUntil")
			.gt(at));
		this.mongo.updateMulti(running, new Update().set("visitedAt", at), Offer.class);
	}

	/**
	 * Erases a client's personal data from the client's offers: the snapshot they carry
	 * becomes the erased one. Codes, delivery, redemption and revenue stay, so the
	 * campaigns' stats stay the same; an offer not published yet goes out with the erased
	 * snapshot, whose consents reach no one.
	 * @param erased the client as erased
	 * @return how many offers were erased now
	 */
	public long eraseClient(ClientSnapshot erased) {
		Query notYet = Query
			.query(Criteria.where("client.clientId").is(erased.clientId()).and("client.phone").ne(erased.phone()));
		return this.mongo.updateMulti(notYet, new Update().set("client", erased), Offer.class).getModifiedCount();
	}

	/**
	 * Counts a campaign's offers.
	 * @param campaignId the campaign
	 * @return the counts
	 */
	public OfferCounts counts(String campaignId) {
		long published = count(sent(campaignId).and("pending").is(false));
		long pending = count(sent(campaignId).and("pending").is(true));
		long delivered = count(sent(campaignId).and("deliveredAt").ne(null));
		Query redeemed = Query.query(sent(campaignId).and("redeemedAt").ne(null));
		List<Money> revenue = this.mongo.find(redeemed, Offer.class)
			.stream()
			.map(Offer::revenue)
			.filter((money) -> money != null)
			.toList();
		return new OfferCounts(published, pending, delivered, revenue.size(), revenue);
	}

	/**
	 * Counts one group of a campaign's audience: a message variant, or the hold-out.
	 * @param campaignId the campaign
	 * @param variant the variant, or none for the hold-out
	 * @return the group's size, redemptions and visits
	 */
	public GroupCounts group(String campaignId, @Nullable String variant) {
		Supplier<Criteria> members = (variant != null) ? () -> sent(campaignId).and("variant").is(variant)
				: () -> Criteria.where("campaignId").is(campaignId).and("heldOut").is(true);
		long redeemed = (variant != null) ? count(members.get().and("redeemedAt").ne(null)) : 0;
		return new GroupCounts(count(members.get()), redeemed, count(members.get().and("visitedAt").ne(null)));
	}

	// offers a campaign sent (or will): not the held-out clients'
	private static Criteria sent(String campaignId) {
		return Criteria.where("campaignId").is(campaignId).and("heldOut").ne(true);
	}

	private long count(Criteria criteria) {
		return this.mongo.count(Query.query(criteria), Offer.class);
	}

	/**
	 * One group of a campaign's audience, counted.
	 *
	 * @param size clients in it
	 * @param redeemed of those, who redeemed the offer
	 * @param visited of those, who completed a booking while the offer ran
	 */
	public record GroupCounts(long size, long redeemed, long visited) {
	}

	/**
	 * A campaign's offers, counted.
	 *
	 * @param published offers published
	 * @param pending offers waiting to be published
	 * @param delivered offers that reached the client
	 * @param redeemed offers redeemed by a completed booking
	 * @param revenue what redeeming clients paid, one amount per booking
	 */
	public record OfferCounts(long published, long pending, long delivered, long redeemed, List<Money> revenue) {

		public OfferCounts {
			revenue = List.copyOf(revenue);
		}

	}

}
