package com.spautopia.promotion.catalog;

import java.time.Instant;

import com.spautopia.events.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest list price booking-service used for a treatment.
 *
 * @param treatmentId the treatment's id
 * @param listPrice its list price
 * @param seenAt when a booking event carried it
 */
@Document("treatment_prices")
record TreatmentPrice(@Id String treatmentId, Money listPrice, Instant seenAt) {
}
