package com.spautopia.localstack.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import com.spautopia.localstack.chaos.Observed.Booking;
import com.spautopia.localstack.chaos.Observed.BookingEvent;
import com.spautopia.localstack.chaos.Observed.DeadLetter;
import com.spautopia.localstack.chaos.Observed.Sms;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of the chaos harness's checks, on what it read from the outside. Each
 * answers a count and the ids behind it, so a failed promise names what broke.
 */
public final class PromiseChecks {

	/** Events that may follow a cancellation of the same booking. */
	private static final Set<String> AFTER_CANCELLATION = Set.of("SlotFreed", "WaitlistOfferMade", "WaitlistOfferEnded",
			"AppointmentRepriced");

	private PromiseChecks() {
	}

	/**
	 * A count with the ids behind it.
	 *
	 * @param count how many
	 * @param ids some of the ids (sorted)
	 */
	public record Finding(int count, List<String> ids) {

		static Finding of(Collection<String> ids) {
			return new Finding(ids.size(), new TreeSet<>(ids).stream().limit(10).toList());
		}

		static Finding counted(int count, Collection<String> ids) {
			return new Finding(count, new TreeSet<>(ids).stream().limit(10).toList());
		}

	}

	/**
	 * Accepted bookings (a 201 answer) with no {@code AppointmentConfirmed} on the topic.
	 * @param accepted the ids of the bookings the API accepted
	 * @param events the booking events read from the topic
	 * @return the lost bookings
	 */
	public static Finding lost(Set<String> accepted, List<BookingEvent> events) {
		Set<String> confirmed = new HashSet<>();
		events.stream()
			.filter((event) -> event.type().equals("AppointmentConfirmed"))
			.forEach((event) -> confirmed.add(event.bookingId()));
		return Finding.of(accepted.stream().filter((id) -> !confirmed.contains(id)).toList());
	}

	/**
	 * Bookings confirmed more than once (distinct {@code AppointmentConfirmed} event ids:
	 * a record published again with its id is a redelivery consumers drop, not a second
	 * confirmation), and requests that made more than one booking (one idempotency key,
	 * several booking ids).
	 * @param events the booking events read from the topic
	 * @param bookingsByRequest the booking ids each request's answers named, by request
	 * @return the duplicates
	 */
	public static Finding duplicated(List<BookingEvent> events, Map<String, Set<String>> bookingsByRequest) {
		Map<String, Set<String>> confirmations = new HashMap<>();
		events.stream()
			.filter((event) -> event.type().equals("AppointmentConfirmed"))
			.forEach((event) -> confirmations.computeIfAbsent(event.bookingId(), (key) -> new HashSet<>())
				.add(event.eventId()));
		List<String> ids = new ArrayList<>();
		int count = 0;
		for (Map.Entry<String, Set<String>> entry : confirmations.entrySet()) {
			if (entry.getValue().size() > 1) {
				count += entry.getValue().size() - 1;
				ids.add(entry.getKey());
			}
		}
		for (Map.Entry<String, Set<String>> entry : bookingsByRequest.entrySet()) {
			if (entry.getValue().size() > 1) {
				count += entry.getValue().size() - 1;
				ids.add("request " + entry.getKey());
			}
		}
		return Finding.counted(count, ids);
	}

	/**
	 * Pairs of bookings that hold their time and overlap on one therapist, one room or
	 * one client.
	 * @param bookings the bookings after the run
	 * @return the overlapping pairs
	 */
	public static Finding overlaps(List<Booking> bookings) {
		List<Booking> holding = bookings.stream().filter(Booking::holdsItsTime).toList();
		Set<String> pairs = new TreeSet<>();
		collectOverlaps(holding, (booking) -> List.of(booking.clientId()), "client", pairs);
		collectOverlaps(holding, (booking) -> (booking.roomId() != null) ? List.of(booking.roomId()) : List.of(),
				"room", pairs);
		collectOverlaps(holding,
				(booking) -> (booking.secondTherapistId() != null)
						? List.of(booking.therapistId(), booking.secondTherapistId()) : List.of(booking.therapistId()),
				"therapist", pairs);
		return Finding.of(pairs);
	}

	private static void collectOverlaps(List<Booking> bookings, Function<Booking, List<String>> resources, String kind,
			Set<String> pairs) {
		Map<String, List<Booking>> byResource = new HashMap<>();
		for (Booking booking : bookings) {
			for (String resource : resources.apply(booking)) {
				byResource.computeIfAbsent(resource, (key) -> new ArrayList<>()).add(booking);
			}
		}
		for (Map.Entry<String, List<Booking>> entry : byResource.entrySet()) {
			List<Booking> sorted = entry.getValue().stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
			for (int i = 0; i < sorted.size(); i++) {
				for (int j = i + 1; j < sorted.size() && sorted.get(j).start().isBefore(sorted.get(i).end()); j++) {
					pairs.add(kind + " " + entry.getKey() + ": " + sorted.get(i).id() + "/" + sorted.get(j).id());
				}
			}
		}
	}

	/**
	 * The same text accepted for the same number more than once.
	 * @param messages the messages the SMS simulator accepted
	 * @return the surplus copies, by number
	 */
	public static Finding smsDuplicates(List<Sms> messages) {
		Map<String, Integer> copies = new LinkedHashMap<>();
		messages.forEach((sms) -> copies.merge(sms.to() + "\u0000" + sms.body(), 1, Integer::sum));
		int count = 0;
		List<String> numbers = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : copies.entrySet()) {
			if (entry.getValue() > 1) {
				count += entry.getValue() - 1;
				numbers.add(mask(entry.getKey().substring(0, entry.getKey().indexOf('\u0000'))));
			}
		}
		return Finding.counted(count, numbers);
	}

	/**
	 * Messages accepted for a number after its booking's cancellation was acknowledged,
	 * other than the cancellation notice itself: nothing about an appointment may reach a
	 * client once it is cancelled.
	 * @param messages the messages the SMS simulator accepted
	 * @param cancelledAt when the API acknowledged each cancelled client's cancellation,
	 * by number
	 * @param notice whether a text is the cancellation notice
	 * @return the stale messages
	 */
	public static Finding stale(List<Sms> messages, Map<String, Instant> cancelledAt, Predicate<String> notice) {
		List<String> stale = new ArrayList<>();
		for (Sms sms : messages) {
			Instant cancelled = cancelledAt.get(sms.to());
			if (cancelled != null && sms.acceptedAt().isAfter(cancelled) && !notice.test(sms.body())) {
				stale.add(mask(sms.to()) + " at " + sms.acceptedAt());
			}
		}
		return Finding.of(stale);
	}

	/**
	 * Redemptions of a limited promotion beyond its limit.
	 * @param promotionId the promotion
	 * @param limit its total limit
	 * @param bookings the bookings after the run; those that hold their time count
	 * @param reportedRedemptions the redemptions promotion-service's figures report
	 * @return how far over the limit either count went
	 */
	public static Finding overRedemptions(String promotionId, int limit, List<Booking> bookings,
			int reportedRedemptions) {
		List<String> holders = bookings.stream()
			.filter(Booking::holdsItsTime)
			.filter((booking) -> booking.promotionIds().contains(promotionId))
			.map(Booking::id)
			.toList();
		int over = Math.max(0, Math.max(holders.size(), reportedRedemptions) - limit);
		return Finding.counted(over, (over > 0) ? holders : List.of());
	}

	/**
	 * Bookings whose events on the topic miss what the API says happened (a confirmed
	 * booking without its confirmation, a cancelled one without its cancellation, an
	 * acknowledged move without its event, any event without the request first).
	 * @param events the booking events, in the order read per partition
	 * @param bookings the bookings after the run
	 * @param moved the bookings the API acknowledged a move of
	 * @return the bookings with a gap
	 */
	public static Finding gaps(List<BookingEvent> events, List<Booking> bookings, Set<String> moved) {
		Map<String, List<String>> types = typesByBooking(events);
		List<String> gaps = new ArrayList<>();
		for (Booking booking : bookings) {
			List<String> seen = types.getOrDefault(booking.id(), List.of());
			boolean missing = !seen.contains("AppointmentRequested")
					|| (!"REQUESTED".equals(booking.status()) && !"CANCELLED".equals(booking.status())
							&& !seen.contains("AppointmentConfirmed"))
					|| ("CANCELLED".equals(booking.status()) && !seen.contains("AppointmentCancelled"))
					|| (moved.contains(booking.id()) && !seen.contains("AppointmentRescheduled"));
			if (missing) {
				gaps.add(booking.id());
			}
		}
		return Finding.of(gaps);
	}

	/**
	 * Bookings whose events are not in order: spread over partitions, something before
	 * the request, a confirmation after a cancellation, a lifecycle event after the
	 * cancellation. A record read again with an id already read is a redelivery and
	 * skipped.
	 * @param events the booking events, in the order read per partition
	 * @return the bookings out of order
	 */
	public static Finding outOfOrder(List<BookingEvent> events) {
		Map<String, Set<Integer>> partitions = new HashMap<>();
		events.forEach((event) -> partitions.computeIfAbsent(event.bookingId(), (key) -> new HashSet<>())
			.add(event.partition()));
		List<String> disordered = new ArrayList<>();
		typesByBooking(events).forEach((booking, types) -> {
			boolean wrong = partitions.get(booking).size() > 1 || !types.getFirst().equals("AppointmentRequested");
			int cancelled = types.indexOf("AppointmentCancelled");
			if (cancelled >= 0) {
				wrong |= types.subList(cancelled + 1, types.size())
					.stream()
					.anyMatch((type) -> !AFTER_CANCELLATION.contains(type));
			}
			if (wrong) {
				disordered.add(booking);
			}
		});
		return Finding.of(disordered);
	}

	/**
	 * The dead-letter records: the poison messages found there (each counted once,
	 * whatever number of consumer groups dead-lettered it) and every other record.
	 * @param poisonKeys the keys the poison messages were sent with
	 * @param deadLetters every record of the dead-letter topics
	 * @return the poison keys found ({@code count}) and the other records' keys
	 * ({@code ids}, and their number from {@link #otherDeadLetters})
	 */
	public static Finding poisonFound(Set<String> poisonKeys, List<DeadLetter> deadLetters) {
		return Finding.of(deadLetters.stream()
			.map(DeadLetter::key)
			.filter((key) -> key != null && poisonKeys.contains(key))
			.distinct()
			.toList());
	}

	/**
	 * Dead-letter records that are not poison messages.
	 * @param poisonKeys the keys the poison messages were sent with
	 * @param deadLetters every record of the dead-letter topics
	 * @return the other records
	 */
	public static Finding otherDeadLetters(Set<String> poisonKeys, List<DeadLetter> deadLetters) {
		List<String> others = deadLetters.stream()
			.filter((record) -> record.key() == null || !poisonKeys.contains(record.key()))
			.map((record) -> record.topic() + "/" + record.key())
			.toList();
		return Finding.counted(others.size(), others);
	}

	private static Map<String, List<String>> typesByBooking(List<BookingEvent> events) {
		Map<String, List<String>> types = new LinkedHashMap<>();
		Set<String> seenIds = new HashSet<>();
		for (BookingEvent event : events) {
			if (seenIds.add(event.eventId())) {
				types.computeIfAbsent(event.bookingId(), (key) -> new ArrayList<>()).add(event.type());
			}
		}
		return types;
	}

	static String mask(@Nullable String phone) {
		if (phone == null || phone.length() < 4) {
			return "***";
		}
		return phone.substring(0, 3) + "***" + phone.substring(phone.length() - 3);
	}

}
