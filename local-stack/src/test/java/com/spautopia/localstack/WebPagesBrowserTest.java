package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web pages in a real browser (Debian's headless Chromium) against the whole
 * platform: a marketer signs in and creates a promo code; a client books a back-pain
 * massage with it on a phone-sized screen, sees the discounted price and the
 * confirmation, and gets the SMS; the client moves and then cancels the booking from the
 * manage link; the marketer launches a campaign (after its preview) and sees its figures
 * move, then saves a promotion with every field from the editor. The steps run in order,
 * as one story. Screenshots of every page are kept in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesBrowserTest {

	private static final String TREATMENT = "Back Pain Massage for Desk Workers";

	private static final String CODE = "DESK20";

	private static final String PHONE = "+48 601 777 215";

	private static final String E164 = "+48601777215";

	private static final String WAITING_PHONE = "+48 601 777 321";

	private static final String WAITING_E164 = "+48601777321";

	private static final ZoneId SPA_ZONE = ZoneId.of("Europe/Warsaw");

	// every field the promotion API has, none at its default
	private static final String EVERY_FIELD = """
			{"name": "Every field", "description": "All of it", "kind": "CODE", "uniqueCodes": true,
			 "discount": {"type": "FIXED", "amount": {"amount": "25.50", "currency": "PLN"}},
			 "conditions": {"treatmentIds": ["deep-tissue", "swedish"], "days": ["MONDAY", "FRIDAY"],
			  "startsFrom": "09:00", "startsBefore": "17:30", "firstVisitOnly": true, "lastMinuteHours": 48,
			  "clientTags": ["vip", "desk-worker"], "minimumVisits": 0},
			 "validFrom": "2030-01-01T08:00:30Z", "validUntil": "2031-01-01T23:59:59Z",
			 "limits": {"totalRedemptions": 100, "perClient": 2, "budget": {"amount": "5000.00", "currency": "PLN"}},
			 "stacking": "STACKABLE"}
			""";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JsonHttp http = new JsonHttp();

	private static @Nullable TestPlatform platform;

	private static @Nullable Browser browser;

	private static @Nullable String manageLink;

	@RegisterExtension
	static final ServiceLogsOnFailure serviceLogs = new ServiceLogsOnFailure(WebPagesBrowserTest::running);

	@BeforeAll
	static void startThePlatformAndABrowser() throws IOException {
		// a cancellation up to thirty days ahead is late here, so the manage page must
		// warn
		// about the booking it cancels
		platform = TestPlatform.start("browser-test", Map.of(SpaService.BOOKING,
				Map.of("SPA_BOOKING_LIFECYCLE_LATE_CANCEL_WINDOW", "720h",
						// pricing waits for promotion-service longer than in production:
						// on a loaded test machine
						// its first evaluation must not time out into a list price
						"SPA_BOOKING_PRICING_TIMEOUT", "60s",
						// no quiet hours: the waitlist's offer goes out whatever the time
						// of
						// day the test runs at
						"SPA_WAITLIST_QUIETHOURS_START", "00:00", "SPA_WAITLIST_QUIETHOURS_END", "00:00"),
				SpaService.NOTIFICATION,
				Map.of("SPA_NOTIFICATION_QUIETHOURS_START", "00:00", "SPA_NOTIFICATION_QUIETHOURS_END", "00:00")));
		browser = Browser.start(Path.of("target", "screenshots").toAbsolutePath());
	}

	@AfterEach
	void noPageBrokeItsContentSecurityPolicy() {
		if (browser != null) {
			assertThat(browser.contentSecurityPolicyViolations()).as("the browser console's CSP reports").isEmpty();
		}
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	@Order(1)
	void aMarketerSignsInAndCreatesAPromoCodeForBackPainMassages() {
		Browser page = browser();
		page.open(platform().pageUrl(SpaService.PROMOTION, "/marketing"));
		page.screenshot("01-marketing-signed-out");
		page.click("#sign-in");
		page.awaitUrlStartingWith(platform().issuerUri());
		page.screenshot("02-sign-in");
		page.type("input[name=username]", "marketing");
		page.type("input[name=password]", "marketing");
		page.click("button[type=submit]");

		page.awaitUrlStartingWith(platform().pageUrl(SpaService.PROMOTION, "/marketing"));
		page.awaitText("#who", "marketing");
		page.click("#new-promotion");
		page.type("#p-name", "Desk worker relief");
		page.type("#p-code", CODE);
		page.type("#p-value", "20");
		page.click("input[name=p-treatment][value=back-pain-desk-workers]");
		page.screenshot("03-marketing-promotion-editor");
		page.click("#save-promotion");
		page.awaitText("#promotions tbody", "Desk worker relief");
		page.awaitText("#promotions tbody", "DRAFT");
		page.click("button[aria-label='activate Desk worker relief']");
		page.awaitText("#promotions tbody", "ACTIVE");
		assertThat(page.textOf("#promotions tbody")).contains(CODE, "20%");
		// a campaign's offers are redeemable only by their clients: it needs codes of
		// each
		// client's own
		page.click("#new-promotion");
		page.type("#p-name", "Desk worker comeback");
		page.click("#p-unique");
		page.type("#p-value", "20");
		page.click("input[name=p-treatment][value=back-pain-desk-workers]");
		page.click("#save-promotion");
		page.awaitText("#promotions tbody", "one per client");
		page.click("button[aria-label='activate Desk worker comeback']");
		page.visible("button[aria-label='pause Desk worker comeback']");
		page.screenshot("04-marketing-promotions");
	}

	@Test
	@Order(2)
	void aMarketerSeesWhatIsWrongBesideTheField() {
		Browser page = browser();
		page.click("#new-promotion");
		page.type("#p-name", "Broken code");
		page.type("#p-code", "no spaces allowed");
		page.type("#p-value", "15");
		page.click("#save-promotion");

		page.awaitText("#p-code-error", "letters, digits or dashes");
		assertThat(page.find("#p-code").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(page.focused().getAttribute("id")).as("focus moves to the field at fault").isEqualTo("p-code");
		page.screenshot("05-marketing-field-error");
		page.click("#close-promotion");
		assertThat(page.textOf("#promotions tbody")).doesNotContain("Broken code");
	}

	@Test
	@Order(3)
	void aClientBooksABackPainMassageWithThePromoCodeOnAPhone() {
		Browser page = browser();
		page.resize(Browser.PHONE);
		page.open(platform().pageUrl(SpaService.BOOKING, "/book"));
		page.click("label[for=treatment-back-pain-desk-workers]");
		pickTheFirstFreeTime(page, aWeekdayAboutAWeekAhead());
		assertThat(page.textOf("#zone-hint")).contains("Europe/Warsaw");
		page.type("#name", "Ada Lovelace");
		page.type("#phone", PHONE);
		page.type("#email", "ada@example.com");
		page.click("#marketing-consent");
		page.type("#promo", CODE.toLowerCase());
		page.click("#apply-code");

		page.awaitText("#quote", "you save");
		assertThat(page.textOf("#quote")).contains("220.00", "176.00", "44.00");
		page.screenshot("06-book-online-with-quote");
		page.click("#book");

		page.visible("#confirmation");
		page.awaitText("#confirmation-status", "Confirmed");
		assertThat(page.textOf("#offers-hint")).as("offers ticked: the phone confirms them").contains("reply OFFERS");
		assertThat(page.textOf("#summary")).contains(TREATMENT, "Europe/Warsaw");
		assertThat(page.textOf("#summary-price")).contains("176.00", "you save", "44.00");
		manageLink = page.find("#manage-link").getAttribute("href");
		assertThat(manageLink).startsWith(platform().pageUrl(SpaService.BOOKING, "/manage/")).contains("?token=");
		page.screenshot("07-book-online-confirmation");

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(platform().sms().messagesTo(E164)).singleElement()
				.extracting(SimulatedSms::body)
				.asString()
				.contains("Ada", TREATMENT));
	}

	@Test
	@Order(4)
	void aClientSeesWhyTheFormIsRefusedBesideTheFields() {
		Browser page = browser();
		page.open(platform().pageUrl(SpaService.BOOKING, "/book"));
		page.click("label[for=treatment-swedish]");
		pickTheFirstFreeTime(page, aWeekdayAboutAWeekAhead().plusDays(1));
		page.type("#name", "Grace Hopper");
		page.type("#phone", "12");
		page.click("#book");

		assertThat(page.visible("#phone-error").getText()).isNotBlank();
		assertThat(page.find("#phone").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(page.focused().getAttribute("id")).isEqualTo("phone");
		assertThat(page.find("#confirmation").isDisplayed()).isFalse();
		page.screenshot("08-book-online-field-error");
	}

	@Test
	@Order(5)
	void theClientMovesAndThenCancelsTheBookingFromTheManageLink() {
		Browser page = browser();
		page.open(Objects.requireNonNull(manageLink, "the booking step gave no manage link"));
		page.awaitText("#status", "Confirmed");
		// the offers ticked on the booking page count once the phone confirms them
		// (double
		// opt-in): the client replies OFFERS to the SMS
		String inbound = platform().baseUrl(SpaService.NOTIFICATION).replace("localhost", "127.0.0.1")
				+ "/twilio/inbound";
		assertThat(platform().sms().sendInbound(E164, "+15005550006", "OFFERS", inbound)).isEqualTo(200);
		String before = page.textOf("#when");
		pickTheFirstFreeTime(page, aWeekdayAboutAWeekAhead().plusDays(7));
		// a move is priced again: the price at the chosen time shows before moving
		page.awaitText("#move-price", "Price at this time");
		page.screenshot("09-manage-booking");
		page.click("#move");
		page.awaitText("#notice", "moved");
		assertThat(page.textOf("#when")).isNotEqualTo(before);
		page.screenshot("10-manage-booking-moved");

		assertThat(page.textOf("#late-warning")).as("late within thirty days")
			.contains("less than 30 days", "late cancellation");
		page.click("#cancel-start");
		assertThat(page.textOf("#cancel-question")).contains("late cancellation");
		page.click("#cancel-yes");
		page.awaitText("#notice", "cancelled");
		page.awaitText("#status", "Cancelled");
		assertThat(page.textOf("#summary")).contains("Late cancellation");
		assertThat(page.find("#reschedule").isDisplayed()).isFalse();
		page.screenshot("11-manage-booking-cancelled");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(platform().sms().messagesTo(E164)).extracting(SimulatedSms::body)
				.anySatisfy((body) -> assertThat(body).containsIgnoringCase("cancel")));
	}

	@Test
	@Order(6)
	void theMarketerLaunchesACampaignAndSeesItsStatsMove() {
		Browser page = browser();
		page.resize(Browser.DESKTOP);
		page.open(platform().pageUrl(SpaService.PROMOTION, "/marketing"));
		page.awaitText("#who", "marketing");
		page.click("#new-campaign");
		page.type("#c-name", "Back to your desk, pain free");
		page.select("#c-promotion", "Desk worker comeback (20%, active)");
		page.type("#c-message", "Desk days hurt? 20% off a back pain massage with your code.");
		page.screenshot("12-marketing-campaign-editor");
		page.click("#save-campaign");

		page.awaitText("#audience", "Would reach 1 client now");
		page.awaitText("#preview-messages", "Desk days hurt? 20% off a back pain massage with your code. Code: SPA-");
		page.awaitText("#preview-messages", "Reply STOP to opt out.");
		page.awaitText("#preview-segments", "1 (1 segment)");
		page.awaitText("#preview-time", "segments/s");
		page.awaitText("#stat-issued", "0");
		page.screenshot("13-marketing-campaign-preview");
		page.click("#launch");
		page.awaitText("#notice", "launched");
		page.awaitText("#stat-issued", "1");
		page.awaitText("#stat-audience", "1");
		page.awaitText("#campaigns tbody", "COMPLETED");
		page.screenshot("14-marketing-campaign-stats");
	}

	@Test
	@Order(7)
	void aPromotionWithEveryFieldSavedUnchangedInTheEditorReadsBackIdenticalAndAnEditChangesOnlyItsField() {
		String marketing = this.http.clientToken(platform().issuerUri(), "marketing-demo", "marketing-demo-secret");
		String promotions = platform().pageUrl(SpaService.PROMOTION, "/api/promotions");
		String id = this.http.post(promotions, Map.of("Authorization", "Bearer " + marketing), json(EVERY_FIELD))
			.path("id")
			.asText();
		JsonNode created = this.http.get(promotions + "/" + id, marketing);
		Browser page = browser();
		page.open(platform().pageUrl(SpaService.PROMOTION, "/marketing"));
		page.awaitText("#who", "marketing");

		page.click("button[aria-label='Edit Every field']");
		page.screenshot("15-marketing-promotion-every-field");
		page.click("#save-promotion");
		page.awaitText("#notice", "Promotion “Every field” saved");

		assertThat(comparable(this.http.get(promotions + "/" + id, marketing))).isEqualTo(comparable(created));

		page.click("button[aria-label='Edit Every field']");
		page.type("#p-name", "Every field, renamed");
		page.click("#save-promotion");
		page.awaitText("#notice", "Promotion “Every field, renamed” saved");

		ObjectNode expected = comparable(created);
		expected.put("name", "Every field, renamed");
		assertThat(comparable(this.http.get(promotions + "/" + id, marketing))).isEqualTo(expected);
	}

	@Test
	@Order(8)
	void theOperatorsConsoleIsLinkedFromThePages() {
		Browser page = browser();
		page.click("header.spa nav a[href$='/ops']");
		page.awaitUrlStartingWith(platform().pageUrl(SpaService.OPS_CONSOLE, "/ops"));
		page.forgetCookies(); // an operator, not the marketer who signed in at the issuer
								// in this browser
		page.visible("#sign-in");
		page.click("#sign-in");
		page.awaitUrlStartingWith(platform().issuerUri());
		page.type("input[name=username]", "operator");
		page.type("input[name=password]", "operator");
		page.click("button[type=submit]");
		page.awaitUrlStartingWith(platform().pageUrl(SpaService.OPS_CONSOLE, "/ops"));
		page.awaitText("#topics tbody", "spa.booking.events");
		page.screenshot("16-ops-console");
	}

	@Test
	@Order(9)
	void theFrontDeskSeesTheDayByTherapistMovesABookingAndFindsAClient() {
		// a day on which both back pain therapists work, two clients booked online
		LocalDate day = SpaCalendar.seeded()
			.nextOpenDay(21, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
		String withMaria = bookOnline(day, "maria-nowak", "Zofia Nałkowska", "+48 601 777 301");
		String withEwa = bookOnline(day, "ewa-wisniewska", "Maria Dąbrowska", "+48 601 777 302");
		// and a couples massage: two therapists side by side in the double room
		String couples = bookOnline(day, "couples-swedish", null, "Irena Krzywicka", "+48 601 777 303");
		// a booking is moved once confirmed (priced by promotion-service)
		String staff = this.http.clientToken(platform().issuerUri(), "staff-demo", "staff-demo-secret");
		String bookings = platform().baseUrl(SpaService.BOOKING) + "/api/bookings/";
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(List.of(withMaria, withEwa))
				.allMatch((id) -> this.http.get(bookings + id, staff).path("status").asText().equals("CONFIRMED")));
		Browser page = browser();
		page.resize(Browser.TABLET);
		page.forgetCookies(); // staff, not the operator signed in at the issuer before
		page.open(platform().pageUrl(SpaService.BOOKING, "/desk"));
		page.click("#sign-in");
		page.awaitUrlStartingWith(platform().issuerUri());
		page.type("input[name=username]", "staff");
		page.type("input[name=password]", "staff");
		page.click("button[type=submit]");
		page.awaitUrlStartingWith(platform().pageUrl(SpaService.BOOKING, "/desk"));
		page.awaitText("#who", "staff");
		page.awaitText("#updated", "Updated");

		page.set("#day", day.toString());
		page.awaitText(".column[data-therapist=maria-nowak]", "Zofia Nałkowska");
		page.awaitText(".column[data-therapist=ewa-wisniewska]", "Maria Dąbrowska");
		assertThat(page.find(".column[data-therapist=maria-nowak] .booking").getAttribute("data-id"))
			.isEqualTo(withMaria);
		assertThat(page.find(".column[data-therapist=ewa-wisniewska] .booking").getAttribute("data-id"))
			.isEqualTo(withEwa);
		JsonNode couple = this.http.get(bookings + couples, staff);
		for (String therapist : List.of(couple.path("therapistId").asText(),
				couple.path("secondTherapistId").asText())) {
			page.awaitText(".column[data-therapist=" + therapist + "]", "Irena Krzywicka");
		}
		page.screenshot("17-front-desk-day");
		page.click("#by-room");
		page.awaitText(".column[data-room=" + couple.path("roomId").asText() + "]", "Irena Krzywicka");
		assertThat(couple.path("roomId").asText()).isEqualTo("rose-suite");
		page.screenshot("17b-front-desk-rooms");
		page.click("#by-therapist");
		page.awaitText(".column[data-therapist=maria-nowak]", "Zofia Nałkowska");

		page.click(".booking[data-id='" + withMaria + "']");
		page.awaitText("#booking-summary", "Zofia Nałkowska");
		page.awaitText("#booking-summary", "+48 *** *** 301");
		page.awaitText("#timeline", "Booked");
		String before = page.textOf("#booking-when");
		page.click("#move-start");
		page.awaitText("#move-status", "free times");
		page.click("#move-times label[for=move-slot-0]");
		page.screenshot("18-front-desk-move");
		page.click("#move-confirm");
		page.awaitText("#alert", "moved");
		assertThat(page.textOf("#booking-when")).isNotEqualTo(before);
		JsonNode moved = this.http.get(bookings + withMaria, staff);
		assertThat(moved.path("start").asText()).isNotEqualTo(this.bookedStarts.get(withMaria));

		page.type("#client-query", "nałkow");
		page.click("#search-form button[type=submit]");
		page.awaitText("#clients", "Zofia Nałkowska");
		assertThat(page.textOf("#clients")).contains("+48 *** *** 301").doesNotContain("777 301");
		page.click("#clients button[data-client]");
		page.awaitText("#history", TREATMENT);
		page.screenshot("19-front-desk-client");
	}

	private final Map<String, String> bookedStarts = new HashMap<>();

	private String bookOnline(LocalDate day, String therapistId, String name, String phone) {
		return bookOnline(day, "back-pain-desk-workers", therapistId, name, phone);
	}

	private String bookOnline(LocalDate day, String treatmentId, @Nullable String therapistId, String name,
			String phone) {
		String booking = platform().baseUrl(SpaService.BOOKING);
		JsonNode slots = this.http
			.get(booking + "/api/availability?treatmentId=" + treatmentId + "&date=" + day
					+ ((therapistId != null) ? "&therapistId=" + therapistId : ""))
			.path("slots");
		assertThat(slots).as("free times of " + treatmentId + " with " + therapistId + " on " + day).isNotEmpty();
		String start = slots.get(0).path("start").asText();
		Map<String, Object> request = new HashMap<>(Map.of("treatmentId", treatmentId, "start", start, "client",
				Map.of("name", name, "phone", phone, "smsConsent", true, "marketingConsent", false)));
		if (therapistId != null) {
			request.put("therapistId", therapistId);
		}
		JsonNode made = this.http.post(booking + "/api/bookings", Map.of(), request);
		this.bookedStarts.put(made.path("id").asText(), start);
		return made.path("id").asText();
	}

	// what a save may change: the update time and version; sets may come back in any
	// order
	private static ObjectNode comparable(JsonNode promotion) {
		ObjectNode copy = promotion.deepCopy();
		copy.remove("updatedAt");
		copy.remove("version");
		ObjectNode conditions = (ObjectNode) copy.get("conditions");
		for (String field : List.of("treatmentIds", "days", "clientTags")) {
			ArrayNode sorted = JSON.createArrayNode();
			StreamSupport.stream(conditions.path(field).spliterator(), false)
				.map(JsonNode::asText)
				.sorted()
				.forEach(sorted::add);
			conditions.set(field, sorted);
		}
		return copy;
	}

	private static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	@Order(10)
	void aClientJoinsTheWaitlistForAFullDayAndBooksTheFreedTimeFromTheOffersLink() {
		String booking = platform().baseUrl(SpaService.BOOKING);
		LocalDate day = SpaCalendar.seeded()
			.nextOpenDay(10, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY);
		// the kids room is booked all day
		List<JsonNode> made = new ArrayList<>();
		for (JsonNode slots = kidsSlots(booking, day); !slots.isEmpty(); slots = kidsSlots(booking, day)) {
			assertThat(made).as("bookings filling the kids room").hasSizeLessThan(60);
			made.add(this.http.post(booking + "/api/bookings", Map.of("Idempotency-Key", UUID.randomUUID().toString()),
					Map.of("treatmentId", "kids", "start", slots.get(0).path("start").asText(), "client",
							Map.of("name", "Parent " + made.size(), "phone", "+48 602 100 " + (100 + made.size()),
									"smsConsent", true, "marketingConsent", false))));
		}
		Browser page = browser();
		page.resize(Browser.PHONE);
		page.open(platform().pageUrl(SpaService.BOOKING, "/book"));
		page.click("label[for=treatment-kids]");
		page.set("#day", day.toString());
		page.awaitText("#times-status", "No free times");
		page.click("#waitlist-open");
		page.type("#name", "Lin Waiting");
		page.type("#phone", WAITING_PHONE);
		page.type("#email", "lin@example.com");
		page.screenshot("20-waitlist-wish");
		page.click("#waitlist-join");
		page.visible("#waitlist-joined");
		assertThat(page.textOf("#waitlist-summary")).contains(day.toString());

		// a booking of that day is cancelled: its time is offered to the waiting client
		JsonNode cancelled = made.get(made.size() / 2);
		this.http.postExpecting(200, booking + "/api/bookings/" + cancelled.path("id").asText() + "/cancel",
				Map.of("X-Manage-Token", cancelled.path("manageToken").asText()), Map.of());
		String offer = await().atMost(Duration.ofSeconds(90))
			.until(() -> platform().sms()
				.messagesTo(WAITING_E164)
				.stream()
				.map(SimulatedSms::body)
				.filter((body) -> body.contains("/book/claim.html"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		Matcher link = Pattern.compile("https?://\\S+/book/claim\\.html\\S*").matcher(offer);
		assertThat(link.find()).as("the claim link in %s", offer).isTrue();
		assertThat(offer).contains("Kids Massage");

		page.open(link.group());
		page.awaitText("#offer-status", "held for you until");
		page.screenshot("21-waitlist-offer");
		page.click("#claim");
		page.awaitText("#offer-status", "Booked");
		page.screenshot("22-waitlist-booked");

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(platform().sms().messagesTo(WAITING_E164)).extracting(SimulatedSms::body)
				.as("the offer, then the confirmation of the booking it made")
				.hasSize(2)
				.anySatisfy((body) -> assertThat(body).contains("Lin", "Kids Massage").doesNotContain("claim.html")));
	}

	private JsonNode kidsSlots(String booking, LocalDate day) {
		return this.http.get(booking + "/api/availability?treatmentId=kids&date=" + day).path("slots");
	}

	private static void pickTheFirstFreeTime(Browser page, LocalDate day) {
		page.set("#day", day.toString());
		page.awaitText("#times-status", "free times");
		page.click("#times[data-day='" + day + "'] label[for=slot-0]");
	}

	private static LocalDate aWeekdayAboutAWeekAhead() {
		return SpaCalendar.seeded()
			.nextOpenDay(7, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY);
	}

	private static TestPlatform platform() {
		return Objects.requireNonNull(platform);
	}

	private static Browser browser() {
		return Objects.requireNonNull(browser);
	}

	private static Collection<ServiceProcess> running() {
		return (platform != null) ? platform.processes() : List.of();
	}

}
