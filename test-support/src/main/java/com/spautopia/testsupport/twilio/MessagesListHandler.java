package com.spautopia.testsupport.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /2010-04-01/Accounts/{AccountSid}/Messages.json}, as Twilio answers it: the
 * account's messages, optionally filtered by {@code To}, {@code From} and the GMT day of
 * {@code date_sent} ({@code DateSent}, {@code DateSent<} on or before, {@code DateSent>}
 * on or after; a message still queued has no {@code date_sent} and so matches no
 * {@code DateSent} filter), newest first, in pages of {@code PageSize} (default 50, at
 * most 1,000) linked by {@code next_page_uri}, whose {@code PageToken} names the last
 * message of the page so that messages accepted meanwhile do not shift the next page.
 */
final class MessagesListHandler {

	private static final int DEFAULT_PAGE_SIZE = 50;

	private static final int MAX_PAGE_SIZE = 1000;

	private static final Comparator<SimulatedSms> NEWEST_FIRST = Comparator
		.comparing((SimulatedSms sms) -> (sms.dateSent() != null) ? sms.dateSent() : Instant.MAX)
		.thenComparing(SimulatedSms::acceptedAt)
		.reversed();

	private final String accountSid;

	private final MessageStore store;

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	MessagesListHandler(String accountSid, MessageStore store) {
		this.accountSid = accountSid;
		this.store = store;
	}

	List<Map<String, String>> requests() {
		return List.copyOf(this.requests);
	}

	void clear() {
		this.requests.clear();
	}

	Map<String, Object> page(@Nullable String rawQuery) {
		Map<String, String> query = HttpExchanges.parseForm((rawQuery != null) ? rawQuery : "");
		this.requests.add(Map.copyOf(query));
		int pageSize = Math.clamp(Long.parseLong(query.getOrDefault("PageSize", "" + DEFAULT_PAGE_SIZE)), 1,
				MAX_PAGE_SIZE);
		int page = Integer.parseInt(query.getOrDefault("Page", "0"));
		List<SimulatedSms> matching = new ArrayList<>(this.store.all().stream().filter(filter(query)).toList());
		matching.sort(NEWEST_FIRST);
		int start = startAfter(matching, query.get("PageToken"));
		List<SimulatedSms> records = matching.subList(start, Math.min(matching.size(), start + pageSize));
		boolean more = start + records.size() < matching.size();
		Map<String, String> filters = new LinkedHashMap<>(query);
		filters.keySet().removeAll(List.of("PageSize", "Page", "PageToken"));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("end", start + records.size() - 1);
		json.put("first_page_uri", uri(filters, pageSize, 0, null));
		json.put("messages", records.stream().map((sms) -> MessageResource.toJson(sms, this.accountSid)).toList());
		json.put("next_page_uri", more ? uri(filters, pageSize, page + 1, records.getLast().sid()) : null);
		json.put("page", page);
		json.put("page_size", pageSize);
		json.put("previous_page_uri", null);
		json.put("start", start);
		json.put("uri", uri(filters, pageSize, page, query.get("PageToken")));
		return json;
	}

	private static int startAfter(List<SimulatedSms> matching, @Nullable String pageToken) {
		if (pageToken == null || !pageToken.startsWith("PA")) {
			return 0;
		}
		String sid = pageToken.substring(2);
		for (int i = 0; i < matching.size(); i++) {
			if (matching.get(i).sid().equals(sid)) {
				return i + 1;
			}
		}
		return matching.size();
	}

	private static Predicate<SimulatedSms> filter(Map<String, String> query) {
		Predicate<SimulatedSms> filter = (sms) -> true;
		String to = query.get("To");
		if (to != null) {
			filter = filter.and((sms) -> sms.to().equals(to));
		}
		String from = query.get("From");
		if (from != null) {
			filter = filter.and((sms) -> from.equals(sms.from()));
		}
		filter = filter.and(sentDay(query.get("DateSent"), (day, date) -> day.isEqual(date)));
		filter = filter.and(sentDay(query.get("DateSent<"), (day, date) -> !day.isAfter(date)));
		return filter.and(sentDay(query.get("DateSent>"), (day, date) -> !day.isBefore(date)));
	}

	/**
	 * A filter on the GMT day a message was sent: Twilio documents {@code YYYY-MM-DD};
	 * the SDK sends {@code YYYY-MM-DDTHH:mm:ss}, of which the day counts.
	 */
	private static Predicate<SimulatedSms> sentDay(@Nullable String value, DayTest test) {
		if (value == null) {
			return (sms) -> true;
		}
		LocalDate date = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
		return (sms) -> sms.dateSent() != null
				&& test.matches(sms.dateSent().atZone(ZoneOffset.UTC).toLocalDate(), date);
	}

	private String uri(Map<String, String> filters, int pageSize, int page, @Nullable String lastSid) {
		StringBuilder uri = new StringBuilder(
				"/" + MessageResource.API_VERSION + "/Accounts/" + this.accountSid + "/Messages.json?");
		filters.forEach((name, value) -> uri.append(encode(name)).append('=').append(encode(value)).append('&'));
		uri.append("PageSize=").append(pageSize).append("&Page=").append(page);
		if (lastSid != null) {
			uri.append("&PageToken=").append(lastSid.startsWith("PA") ? lastSid : "PA" + lastSid);
		}
		return uri.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private interface DayTest {

		boolean matches(LocalDate sentDay, LocalDate filterDay);

	}

}
