package com.spautopia.booking;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi.Response;
import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.WallClock;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Books over the API and confirms the booking as promotion-service would, for tests that
 * start from a confirmed booking.
 */
public final class ConfirmedBookings {

	public static final String BACK_PAIN = "back-pain-desk-workers";

	private final BookingApi api;

	private final EventTopics topics;

	public ConfirmedBookings(BookingApi api, EventTopics topics) {
		this.api = api;
		this.topics = topics;
	}

	/**
	 * A confirmed back pain massage at Maria's first free time: one therapist, so that a
	 * client booked twice this way is never booked twice at once.
	 * @param phone the client's phone number
	 * @return the booking
	 */
	public Booked bookAndConfirm(String phone) {
		JsonNode slot = this.api.firstFreeSlot(BACK_PAIN, "maria-nowak");
		return bookAndConfirm(phone, slot.get("therapistId").asText(), slot.get("start").asText());
	}

	/**
	 * A confirmed back pain massage.
	 * @param phone the client's phone number
	 * @param therapistId the therapist
	 * @param start the start, as the availability API wrote it
	 * @return the booking
	 */
	public Booked bookAndConfirm(String phone, String therapistId, String start) {
		Response created = book(phone, therapistId, start);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode booking = created.json();
		String id = booking.get("id").asText();
		this.topics.publish(new PromotionEvaluated(id, Money.of("220", "PLN"), Money.zero("PLN"),
				Money.of("220", "PLN"), List.of(), null, WallClock.now()), "/spa-utopia/promotion-service");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.staff().get("/api/bookings/" + id).json().get("status").asText().equals("CONFIRMED"));
		return new Booked(id, booking.get("manageToken").asText(), start, therapistId);
	}

	/**
	 * Asks for a back pain massage with a therapist.
	 * @param phone the client's phone number
	 * @param therapistId the therapist
	 * @param start the start
	 * @return the answer
	 */
	public Response book(String phone, String therapistId, String start) {
		String json = bookingJson(BACK_PAIN, start, "Ada Lovelace", phone).replace("\"start\"",
				"\"therapistId\": \"" + therapistId + "\", \"start\"");
		return this.api.post("/api/bookings", json, null);
	}

	/**
	 * A booking as the tests know it.
	 *
	 * @param id its id
	 * @param token its manage token
	 * @param start its start
	 * @param therapistId its therapist
	 */
	public record Booked(String id, String token, String start, String therapistId) {
	}

}
