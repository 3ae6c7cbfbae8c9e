package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.spautopia.events.Channel;
import com.spautopia.promotion.client.AudienceCriteria;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A marketing campaign: who gets which promotion, through which channels, with what
 * message and when; and how far its launch has come, so that a restarted instance resumes
 * after the last client handled.
 *
 * @param id the campaign's id
 * @param name the name marketing knows it by
 * @param audience who it is for (besides their consent)
 * @param promotionId the promotion offered
 * @param channels the channels to use, where the client consented
 * @param message the offer's text
 * @param sendAt when to send; none means at launch
 * @param offerValidUntil when the offers end; none means when the promotion ends
 * @param status the lifecycle status
 * @param progress the launch's progress
 * @param createdAt when it was created
 * @param launchedAt when marketing launched it
 * @param completedAt when every offer was published
 * @param stoppedBecause why it is paused or cancelled
 * @param variants two message variants for an A/B test, or none: everyone gets
 * {@code message}
 * @param holdOutPercent the share of the audience held out (gets nothing), to measure the
 * campaign's incremental effect
 */
@Document("campaigns")
public record Campaign(@Id String id, String name, AudienceCriteria audience, String promotionId, Set<Channel> channels,
		String message, @Nullable Instant sendAt, @Nullable Instant offerValidUntil, @Indexed Status status,
		Progress progress, Instant createdAt, @Nullable Instant launchedAt, @Nullable Instant completedAt,
		@Nullable StopReason stoppedBecause, List<Variant> variants, int holdOutPercent) {

	public Campaign {
		channels = Set.copyOf(channels);
		variants = (variants != null) ? List.copyOf(variants) : List.of();
	}

	/**
	 * The messages the audience gets: the variants, or the one message as variant A.
	 * @return the variants
	 */
	public List<Variant> messageVariants() {
		return this.variants.isEmpty() ? List.of(new Variant("A", this.message)) : this.variants;
	}

	/**
	 * A message variant.
	 *
	 * @param name its name, such as A or B
	 * @param message its text
	 */
	public record Variant(String name, String message) {
	}

	/**
	 * A campaign's lifecycle.
	 */
	public enum Status {

		/** Being prepared. */
		DRAFT,

		/** Launched, waiting for its send time. */
		SCHEDULED,

		/** Issuing offers. */
		SENDING,

		/** Every offer is issued and published. */
		COMPLETED,

		/** Stopped until marketing resumes it; see {@link StopReason}. */
		PAUSED,

		/** Stopped for good. */
		CANCELLED

	}

	/**
	 * Why a campaign is paused or cancelled.
	 */
	public enum StopReason {

		/** Marketing paused or cancelled it. */
		MARKETING,

		/** Its promotion was paused: resume it once the promotion is active again. */
		PROMOTION_PAUSED,

		/** Its promotion ended. */
		PROMOTION_ENDED

	}

	/**
	 * How far a launch has come.
	 *
	 * @param lastClientId the last client handled, in client id order
	 * @param audience eligible clients found so far
	 */
	public record Progress(@Nullable String lastClientId, long audience) {

		static Progress none() {
			return new Progress(null, 0);
		}

	}

}
