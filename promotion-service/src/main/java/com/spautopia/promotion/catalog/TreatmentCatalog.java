package com.spautopia.promotion.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.spautopia.events.Money;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The treatments promotions may name: those configured (booking-service's catalog ids)
 * and any a booking event has carried since. List prices come from booking events when
 * one was seen, else from configuration.
 */
@Component
@EnableConfigurationProperties(CatalogProperties.class)
public class TreatmentCatalog {

	private final CatalogProperties properties;

	private final MongoOperations mongo;

	private final Map<String, Money> learned = new ConcurrentHashMap<>();

	TreatmentCatalog(CatalogProperties properties, MongoOperations mongo) {
		this.properties = properties;
		this.mongo = mongo;
	}

	public boolean isKnown(String treatmentId) {
		return this.properties.treatments().containsKey(treatmentId) || listPrice(treatmentId).isPresent();
	}

	public Set<String> treatmentIds() {
		Set<String> ids = new HashSet<>(this.properties.treatments().keySet());
		this.mongo.findAll(TreatmentPrice.class).forEach((price) -> ids.add(price.treatmentId()));
		return ids;
	}

	public Optional<Money> listPrice(String treatmentId) {
		Money known = this.learned.get(treatmentId);
		if (known != null) {
			return Optional.of(known);
		}
		TreatmentPrice stored = this.mongo.findById(treatmentId, TreatmentPrice.class);
		if (stored != null) {
			this.learned.put(treatmentId, stored.listPrice());
			return Optional.of(stored.listPrice());
		}
		return Optional.ofNullable(this.properties.treatments().get(treatmentId))
			.map((amount) -> new Money(amount, this.properties.currency()));
	}

	/**
	 * The spa's currency: list prices are in it, so discounts and budgets must be too.
	 * @return the ISO 4217 code
	 */
	public String currency() {
		return this.properties.currency();
	}

	public ZoneId timeZone() {
		return this.properties.timeZone();
	}

	/**
	 * Remembers the list price a booking event carried, writing only when it changed.
	 * @param treatmentId the treatment
	 * @param listPrice its list price
	 * @param seenAt when the event happened
	 */
	public void learn(String treatmentId, Money listPrice, Instant seenAt) {
		if (listPrice.equals(this.learned.get(treatmentId))) {
			return;
		}
		this.learned.put(treatmentId, listPrice);
		Query older = Query.query(Criteria.where("_id")
			.is(treatmentId)
			.orOperator(Criteria.where("seenAt").lte(seenAt), Criteria.where("seenAt").exists(false)));
		try {
			this.mongo.upsert(older, new Update().set("listPrice", listPrice).set("seenAt", seenAt),
					TreatmentPrice.class);
		}
		catch (DuplicateKeyException ex) {
			// a newer price is stored already
		}
	}

}
