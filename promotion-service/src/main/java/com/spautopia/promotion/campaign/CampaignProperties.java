package com.spautopia.promotion.campaign;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How campaigns are launched.
 *
 * @param launchInterval how often the launcher looks for campaigns to send
 * @param chunkSize clients handled (offers stored, progress saved, offers published) per
 * step
 * @param defaultOfferValidity how long offers last when neither the campaign nor its
 * promotion says
 */
@Validated
@ConfigurationProperties("spa.campaigns")
record CampaignProperties(@NotNull Duration launchInterval, @Positive int chunkSize,
		@NotNull Duration defaultOfferValidity) {
}
