package com.spautopia.localstack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.spautopia.localstack.ChaosHttp.Answer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chaos run's clients, each in its own virtual thread, through the services' public
 * APIs only: book (some with the limited promotion's code; a request whose answer was
 * lost is retried with its idempotency key), wait for the confirmation, then some cancel,
 * some move, some reply C or STOP to the SMS. What the API acknowledged is written down
 * for the checks.
 */
final class ChaosTraffic {

	private static final Logger log = LoggerFactory.getLogger(ChaosTraffic.class);

	private static final Duration CONFIRMATION_WAIT = Duration.ofMinutes(6);

	private final ChaosPlatform platform;

	private final ChaosHttp http = new ChaosHttp();

	private final List<LocalDate> days;

	private final List<String> treatments;

	private final String promoCode;

	private final int phoneBase;

	final Set<String> accepted = ConcurrentHashMap.newKeySet();

	final Map<String, Set<String>> bookingsByRequest = new ConcurrentHashMap<>();

	final Map<String, Instant> cancelledAt = new ConcurrentHashMap<>();

	final Set<String> moved = ConcurrentHashMap.newKeySet();

	final Map<String, String> manageTokens = new ConcurrentHashMap<>();

	final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	ChaosTraffic(ChaosPlatform platform, List<LocalDate> days, List<String> treatments, String promoCode,
			int phoneBase) {
		this.platform = platform;
		this.days = days;
		this.treatments = treatments;
		this.promoCode = promoCode;
		this.phoneBase = phoneBase;
	}

	/**
	 * Starts the clients, spread over the given time.
	 * @param clients how many
	 * @param over the time their arrivals are spread over
	 * @return the threads, to join
	 */
	List<Thread> start(int clients, Duration over) {
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int index = i;
			long delay = over.toMillis() * i / Math.max(1, clients);
			threads.add(Thread.ofVirtual().name("chaos-client-" + i).start(() -> {
				sleep(delay);
				try {
					client(index);
				}
				catch (RuntimeException ex) {
					count("client-error");
					log.warn("chaos client {} failed: {}", index, ex.toString());
				}
			}));
		}
		return threads;
	}

	private void client(int index) {
		String phone = "+48" + (this.phoneBase + index);
		boolean promo = index % 5 == 1;
		@Nullable Booked booked = book(index, phone, promo);
		if (booked == null) {
			count("gave-up-booking");
			return;
		}
		if (!awaitConfirmation(booked, phone)) {
			count("not-confirmed-in-time");
			return;
		}
		switch (index % 10) {
			case 2, 7 -> cancel(booked, phone);
			case 3, 8 -> reschedule(booked);
			case 4 -> reply(index, phone, "C");
			case 6 -> reply(index, phone, "STOP");
			default -> count("kept");
		}
	}

	private record Booked(String id, String token, String treatmentId, LocalDate day, String start) {
	}

	private @Nullable Booked book(int index, String phone, boolean promo) {
		for (int attempt = 0; attempt < 30; attempt++) {
			LocalDate day = this.days.get(ThreadLocalRandom.current().nextInt(this.days.size()));
			String treatment = this.treatments.get(ThreadLocalRandom.current().nextInt(this.treatments.size()));
			String start = freeStart(index, treatment, day, null);
			if (start == null) {
				sleep(2000);
				continue;
			}
			String key = UUID.randomUUID().toString();
			Map<String, Object> body = new java.util.LinkedHashMap<>();
			body.put("treatmentId", treatment);
			body.put("start", start);
			body.put("client", Map.of("name", "Chaos Client " + index, "phone", phone, "email",
					"chaos" + index + "@example.com", "smsConsent", true, "marketingConsent", false));
			if (promo) {
				body.put("promoCode", this.promoCode);
			}
			for (int retry = 0; retry < 40; retry++) {
				Answer answer = this.http.post(booking(index + retry) + "/api/bookings", Map.of("Idempotency-Key", key),
						body);
				if (answer.is(201)) {
					String id = answer.body().path("id").asText();
					this.accepted.add(id);
					this.bookingsByRequest.computeIfAbsent(key, (k) -> ConcurrentHashMap.newKeySet()).add(id);
					count(promo ? "booked-with-code" : "booked");
					this.manageTokens.put(id, answer.body().path("manageToken").asText());
					return new Booked(id, answer.body().path("manageToken").asText(), treatment, day, start);
				}
				String problem = answer.body().path("type").asText("");
				if (answer.is(409) && (problem.endsWith("slot-taken") || problem.endsWith("client-busy"))
						|| answer.is(422) || answer.is(400)) {
					count("refused-" + answer.status());
					break;
				}
				// no answer, a 5xx, or the first request still running: the same request
				// again
				count("retried-" + answer.status());
				sleep(2000);
			}
		}
		return null;
	}

	private @Nullable String freeStart(int index, String treatment, LocalDate day, @Nullable String not) {
		Answer availability = this.http
			.get(booking(index) + "/api/availability?treatmentId=" + treatment + "&date=" + day, Map.of());
		if (!availability.is(200)) {
			count("availability-" + availability.status());
			return null;
		}
		List<String> starts = new ArrayList<>();
		availability.body().path("slots").forEach((slot) -> starts.add(slot.path("start").asText()));
		starts.remove(not);
		return starts.isEmpty() ? null : starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
	}

	private boolean awaitConfirmation(Booked booked, String phone) {
		long deadline = System.nanoTime() + CONFIRMATION_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			Answer answer = this.http.get(booking(booked.id().hashCode()) + "/api/bookings/" + booked.id(),
					Map.of("X-Manage-Token", booked.token()));
			if (answer.is(200) && "CONFIRMED".equals(answer.body().path("status").asText())
					&& !this.platform.sms().messagesTo(phone).isEmpty()) {
				return true;
			}
			sleep(2000);
		}
		return false;
	}

	private void cancel(Booked booked, String phone) {
		for (int retry = 0; retry < 30; retry++) {
			Answer answer = this.http.post(booking(retry) + "/api/bookings/" + booked.id() + "/cancel",
					Map.of("X-Manage-Token", booked.token()), Map.of("reason", "chaos"));
			if (answer.is(200)) {
				this.cancelledAt.put(phone, Instant.now());
				count("cancelled");
				return;
			}
			count("cancel-" + answer.status());
			sleep(2000);
		}
	}

	private void reschedule(Booked booked) {
		for (int retry = 0; retry < 30; retry++) {
			// another time, as a client moving would choose: the booking's own start may
			// be
			// listed (another therapist is free then), and a move to it changes nothing
			String start = freeStart(retry, booked.treatmentId(), booked.day(), booked.start());
			if (start == null) {
				sleep(2000);
				continue;
			}
			Answer answer = this.http.post(booking(retry) + "/api/bookings/" + booked.id() + "/reschedule",
					Map.of("X-Manage-Token", booked.token()), Map.of("start", start));
			if (answer.is(200)) {
				if (movedAway(booked.start(), answer.body().path("start").asText())) {
					this.moved.add(booked.id());
					count("moved");
				}
				else {
					count("move-changed-nothing");
				}
				return;
			}
			count("move-" + answer.status());
			sleep(2000);
		}
	}

	/**
	 * Whether a move's answer shows the booking at another time than before: only then is
	 * an AppointmentRescheduled owed (a move to the time it has answers 200 and changes
	 * nothing).
	 * @param from the start before the move
	 * @param answered the start the move's answer gives
	 * @return whether the start changed
	 */
	static boolean movedAway(String from, String answered) {
		try {
			return !OffsetDateTime.parse(from).toInstant().equals(OffsetDateTime.parse(answered).toInstant());
		}
		catch (DateTimeParseException ex) {
			return true;
		}
	}

	private void reply(int index, String phone, String text) {
		for (int retry = 0; retry < 15; retry++) {
			// Twilio posts to the one public URL; here each try goes to the next
			// instance, as a
			// load balancer would once one is down
			int instance = (index + retry) % this.platform.instances(SpaService.NOTIFICATION);
			String webhook = "http://127.0.0.1:" + this.platform.port(SpaService.NOTIFICATION, instance)
					+ "/twilio/inbound";
			int status;
			try {
				status = this.platform.sms().sendInbound(phone, this.platform.twilioNumber(), text, webhook);
			}
			catch (RuntimeException ex) {
				log.warn("chaos client {} could not reply {}: {}", index, text, ex.toString());
				status = 0;
			}
			if (status >= 200 && status < 300) {
				count("replied-" + text);
				return;
			}
			count("reply-" + status);
			sleep(2000);
		}
	}

	private String booking(int spread) {
		int instance = Math.floorMod(spread, this.platform.instances(SpaService.BOOKING));
		return this.platform.baseUrl(SpaService.BOOKING, instance);
	}

	private void count(String what) {
		this.counts.computeIfAbsent(what, (key) -> new AtomicInteger()).incrementAndGet();
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
