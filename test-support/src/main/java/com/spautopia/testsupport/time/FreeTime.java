package com.spautopia.testsupport.time;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * Asks a running booking-service when there is free time: the spa's rules from
 * {@code GET /api/spa}, then {@code GET /api/availability} day by day over the
 * {@link SpaCalendar}'s ordinary open days, until a day has free starts. A test books
 * what this finds instead of guessing that some day ahead will do.
 */
public final class FreeTime {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final Clock clock;

	private FreeTime(String base, Clock clock) {
		this.base = base;
		this.clock = clock;
	}

	/**
	 * Free time at a booking-service, today being the real day.
	 * @param baseUrl the service's base URL, such as {@code http://localhost:8081}
	 * @return the finder
	 */
	public static FreeTime at(String baseUrl) {
		return at(baseUrl, WallClock.clock());
	}

	/**
	 * Free time at a booking-service that runs on the given clock.
	 * @param baseUrl the service's base URL
	 * @param clock the clock the service runs on
	 * @return the finder
	 */
	public static FreeTime at(String baseUrl, Clock clock) {
		return new FreeTime(baseUrl, clock);
	}

	/**
	 * The spa's calendar, as the service describes it.
	 * @return the calendar
	 */
	public SpaCalendar calendar() {
		JsonNode spa = get("/api/spa");
		Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
		spa.get("openDays").forEach((day) -> open.add(DayOfWeek.valueOf(day.asText())));
		return SpaCalendar.of(ZoneId.of(spa.get("timeZone").asText()), open, this.clock);
	}

	/**
	 * The first ordinary open day at least {@code daysAhead} days from today with free
	 * time for a treatment.
	 * @param treatmentId the treatment
	 * @param therapistId a therapist, or null for any
	 * @param daysAhead how many days from today at least
	 * @param onlyOn the weekdays that suit, none for any open day
	 * @return the day and its free starts
	 */
	public FreeDay nextDay(String treatmentId, @Nullable String therapistId, int daysAhead, DayOfWeek... onlyOn) {
		SpaCalendar calendar = calendar();
		LocalDate day = calendar.nextOpenDay(daysAhead, onlyOn);
		for (int tries = 0; tries < 60; tries++) {
			JsonNode slots = get("/api/availability?treatmentId=" + treatmentId + "&date=" + day
					+ ((therapistId != null) ? "&therapistId=" + therapistId : ""))
				.get("slots");
			if (slots != null && !slots.isEmpty()) {
				return new FreeDay(day, slots);
			}
			day = calendar.nextOpenDay((int) (day.toEpochDay() - calendar.today().toEpochDay()) + 1, onlyOn);
		}
		throw new IllegalStateException("No free time for " + treatmentId + " within 60 open days");
	}

	/**
	 * The first free start of a treatment on the first suitable day.
	 * @param treatmentId the treatment
	 * @param therapistId a therapist, or null for any
	 * @param daysAhead how many days from today at least
	 * @param onlyOn the weekdays that suit, none for any open day
	 * @return the slot JSON: start, end, therapistId, therapistName
	 */
	public JsonNode firstSlot(String treatmentId, @Nullable String therapistId, int daysAhead, DayOfWeek... onlyOn) {
		return nextDay(treatmentId, therapistId, daysAhead, onlyOn).slots().get(0);
	}

	private JsonNode get(String path) {
		try {
			var response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"GET " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A day with free time.
	 *
	 * @param date the day, in the spa's zone
	 * @param slots its free starts (start, end, therapistId, therapistName), never empty
	 */
	public record FreeDay(LocalDate date, JsonNode slots) {

		/**
		 * The day's first free start.
		 * @return its start, as the API wrote it
		 */
		public String firstStart() {
			return this.slots.get(0).get("start").asText();
		}

		/**
		 * The day's last free start.
		 * @return its start, as the API wrote it
		 */
		public String lastStart() {
			return this.slots.get(this.slots.size() - 1).get("start").asText();
		}

		/**
		 * A free start halfway through the day.
		 * @return its start, as the API wrote it
		 */
		public String middleStart() {
			return this.slots.get(this.slots.size() / 2).get("start").asText();
		}

	}

}
