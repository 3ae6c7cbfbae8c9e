package com.spautopia.promotion.offer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.promotion.definition.Promotion;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An offer for one client, stored before it is published: its id ({@code
 * campaignId:clientId} for campaigns) makes it issued once, and {@code pending} marks it
 * for the relay until Kafka has it. Delivery and redemption are recorded on it for the
 * campaign's stats.
 *
 * @param id the offer's id
 * @param eventId the CloudEvents id of its OfferIssued event, derived from the id
 * @param campaignId the campaign, if a campaign issued it
 * @param promotionId the promotion
 * @param client the client
 * @param channels the channels to send it through
 * @param message the text
 * @param code the code the client uses, if any
 * @param uniqueCode whether the code is the client's own
 * @param validUntil when the offer ends
 * @param issuedAt when it was issued
 * @param pending whether it still waits to be published
 * @param publishedAt when it was published
 * @param deliveredAt when a message carrying it first reached the client
 * @param redeemedAt when a booking using its promotion was completed
 * @param redeemedBookingId that booking; unique, so a booking is credited to one offer
 * however many completions race
 * @param revenue what the client paid for that booking
 * @param variant the campaign's message variant the client got
 * @param heldOut whether the client was held out of the campaign: nothing was sent, the
 * offer only records the client for the comparison
 * @param visitedAt when the client first completed a booking (any) while the offer ran
 */
@Document("offers")
@CompoundIndex(name = "client_promotion", def = "{'client.clientId': 1, 'promotionId': 1}")
public record Offer(@Id String id, String eventId, @Nullable @Indexed String campaignId, String promotionId,
		ClientSnapshot client, Set<Channel> channels, String message, @Nullable @Indexed String code,
		boolean uniqueCode, Instant validUntil, Instant issuedAt, @Indexed boolean pending,
		@Nullable Instant publishedAt, @Nullable Instant deliveredAt, @Nullable Instant redeemedAt,
		@Nullable @Indexed(unique = true, sparse = true) String redeemedBookingId, @Nullable Money revenue,
		@Nullable String variant, boolean heldOut, @Nullable Instant visitedAt) {

	public Offer {
		channels = Set.copyOf(channels);
	}

	/**
	 * A new offer, waiting to be published.
	 * @param id the offer's id
	 * @param campaignId the campaign, if any
	 * @param promotion the promotion offered
	 * @param client the client
	 * @param channels the channels allowed for the client
	 * @param message the text
	 * @param validUntil when it ends
	 * @param now the current time
	 * @return the offer
	 */
	public static Offer issue(String id, @Nullable String campaignId, Promotion promotion, ClientSnapshot client,
			Set<Channel> channels, String message, Instant validUntil, Instant now) {
		String code = promotion.uniqueCodes() ? OfferCodes.uniqueCode(id) : promotion.code();
		String eventId = UUID.nameUUIDFromBytes(("offer:" + id).getBytes(StandardCharsets.UTF_8)).toString();
		return new Offer(id, eventId, campaignId, promotion.id(), client, channels, message, code,
				promotion.uniqueCodes(), validUntil, now, true, null, null, null, null, null, null, false, null);
	}

	/**
	 * A client held out of a campaign: nothing is published, the record only lets the
	 * campaign compare those who got the offer with those who did not.
	 * @param id the offer's id
	 * @param campaignId the campaign
	 * @param promotion the promotion the others were offered
	 * @param client the client
	 * @param validUntil when the others' offers end
	 * @param now the current time
	 * @return the record
	 */
	public static Offer heldOut(String id, String campaignId, Promotion promotion, ClientSnapshot client,
			Instant validUntil, Instant now) {
		String eventId = UUID.nameUUIDFromBytes(("offer:" + id).getBytes(StandardCharsets.UTF_8)).toString();
		return new Offer(id, eventId, campaignId, promotion.id(), client, Set.of(), "", null, false, validUntil, now,
				false, null, null, null, null, null, null, true, null);
	}

	/**
	 * This offer as one message variant of its campaign.
	 * @param name the variant's name
	 * @return the offer
	 */
	public Offer withVariant(String name) {
		return new Offer(this.id, this.eventId, this.campaignId, this.promotionId, this.client, this.channels,
				this.message, this.code, this.uniqueCode, this.validUntil, this.issuedAt, this.pending,
				this.publishedAt, this.deliveredAt, this.redeemedAt, this.redeemedBookingId, this.revenue, name,
				this.heldOut, this.visitedAt);
	}

	public static String campaignOfferId(String campaignId, String clientId) {
		return campaignId + ":" + clientId;
	}

	OfferIssued toEvent() {
		return new OfferIssued(this.id, this.campaignId, this.promotionId, this.client, this.channels, this.message,
				this.code, this.validUntil, this.issuedAt);
	}

}
