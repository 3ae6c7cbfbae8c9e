package com.spautopia.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.notification.unsubscribe.UnsubscribeLinks;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.time.SpaCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Unsubscribing from marketing email as a client and a mail program do it, without
 * signing in: the link in the offer, its page's button, the one-click POST the
 * {@code List-Unsubscribe-Post} header invites (RFC 8058), and links that are not ours.
 */
class UnsubscribeIntegrationTests extends NotificationIntegrationTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	// the one-click link alone: no mailto: to a mailbox nobody reads (RFC 8058 needs only
	// the HTTPS URI)
	private static final Pattern LIST_UNSUBSCRIBE = Pattern.compile("<(https?://[^>]+/unsubscribe/([A-Za-z0-9._-]+))>");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private UnsubscribeLinks links;

	@BeforeEach
	void daytime() {
		// offers wait for the end of quiet hours
		this.clock.setTo(SpaCalendar.seeded().next(1, (day) -> true).atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
	}

	@Test
	void anOfferEmailCarriesAnUnsubscribeLinkAndOneClickHeaders() {
		OfferIssued offer = OfferMother.offer(this.clock.instant(), false, true);
		publishOffer(offer);

		ReceivedEmail email = awaitCount(() -> emailsTo(offer.client().email()), 1).get(0);

		Matcher header = LIST_UNSUBSCRIBE.matcher(email.header("List-Unsubscribe").orElseThrow());
		assertThat(header.matches()).as(email.header("List-Unsubscribe").orElseThrow()).isTrue();
		assertThat(email.header("List-Unsubscribe-Post")).contains("List-Unsubscribe=One-Click");
		assertThat(email.textBody()).contains("Unsubscribe: " + header.group(1));
		assertThat(email.htmlBody()).contains("href=\"" + header.group(1) + "\"");
	}

	@Test
	void aMailProgramsOneClickPostUnsubscribesAndAnnouncesTheOptOutForEmail() throws Exception {
		OfferIssued offer = OfferMother.offer(this.clock.instant(), true, true);
		publishOffer(offer);
		String link = linkIn(awaitCount(() -> emailsTo(offer.client().email()), 1).get(0));
		awaitCount(() -> smsTo(offer.client().phone()), 1);

		HttpResponse<String> unsubscribed = post(link, "List-Unsubscribe=One-Click");

		assertThat(unsubscribed.statusCode()).isEqualTo(200);
		assertThat(unsubscribed.body()).contains("You are unsubscribed");
		ClientOptedOut optedOut = awaitNotificationEvent(ClientOptedOut.class,
				(event) -> event.phone().equals(offer.client().phone()))
			.data();
		assertThat(optedOut.channel()).isEqualTo(Channel.EMAIL);
		assertThat(optedOut.keyword()).isEqualTo("UNSUBSCRIBE");
		// the next offer goes by SMS only; a second click changes nothing
		assertThat(post(link, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
		publishOffer(nextOffer(offer));
		awaitCount(() -> smsTo(offer.client().phone()), 2);
		assertStaysAt(() -> emailsTo(offer.client().email()), 1);
	}

	@Test
	void theLinksPageChangesNothingUntilItsButtonIsPressed() throws Exception {
		OfferIssued offer = OfferMother.offer(this.clock.instant(), false, true);
		publishOffer(offer);
		String link = linkIn(awaitCount(() -> emailsTo(offer.client().email()), 1).get(0));
		String path = URI.create(link).getPath();

		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(local(link)).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<form method=\"post\" action=\"" + path + "\">", "<button type=\"submit\">");
		// a strict Content-Security-Policy (no inline style), and the link's token never
		// leaves as a referrer
		assertThat(page.body()).doesNotContain("style=", "<style");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "style-src 'self'"));
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(get(BASE_URL + "/web/notice.css").statusCode()).isEqualTo(200);
		publishOffer(nextOffer(offer));
		awaitCount(() -> emailsTo(offer.client().email()), 2);

		// the button posts the form to the same address
		assertThat(post(BASE_URL + path, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);

		awaitNotificationEvent(ClientOptedOut.class, (event) -> event.phone().equals(offer.client().phone()));
		publishOffer(nextOffer(offer));
		assertStaysAt(() -> emailsTo(offer.client().email()), 2);
	}

	@Test
	void anOfferWaitingForQuietHoursToEndIsNotEmailedToAClientWhoUnsubscribedMeanwhile() {
		LocalDate day = SpaCalendar.seeded().next(1, (candidate) -> true);
		this.clock.setTo(day.atTime(LocalTime.of(22, 30)).atZone(WARSAW).toInstant());
		OfferIssued waiting = OfferMother.offer(this.clock.instant(), true, true);
		publishOffer(waiting);
		String link = this.links.url(waiting.client().clientId());

		// as from an earlier offer's email, once this one is recorded
		await().atMost(TIMEOUT).until(() -> post(link, "List-Unsubscribe=One-Click").statusCode() == 200);

		this.clock.setTo(day.plusDays(1).atTime(LocalTime.of(8, 1)).atZone(WARSAW).toInstant());
		awaitCount(() -> smsTo(waiting.client().phone()), 1);
		assertStaysAt(() -> emailsTo(waiting.client().email()), 0);
	}

	@Test
	void malformedOrForgedLinksGetProblemsAndChangeNothing() throws Exception {
		OfferIssued offer = OfferMother.offer(this.clock.instant(), false, true);
		OfferIssued other = OfferMother.offer(this.clock.instant(), false, true);
		publishOffer(offer);
		publishOffer(other);
		String token = tokenOf(linkIn(awaitCount(() -> emailsTo(offer.client().email()), 1).get(0)));
		String otherToken = tokenOf(linkIn(awaitCount(() -> emailsTo(other.client().email()), 1).get(0)));
		String[] parts = token.split("\\.");
		String[] otherParts = otherToken.split("\\.");
		String forgedSignature = parts[0] + "." + parts[1] + "." + "A".repeat(43);
		String othersSignature = parts[0] + "." + parts[1] + "." + otherParts[2];

		for (String malformed : new String[] { "nonsense", "email.x", token + "x", "email." + "A".repeat(400) + ".x",
				"email.A." + "A".repeat(43) }) {
			assertProblem(post(BASE_URL + "/unsubscribe/" + malformed, "List-Unsubscribe=One-Click"), 400);
			assertProblem(get(BASE_URL + "/unsubscribe/" + malformed), 400);
		}
		for (String forged : new String[] { forgedSignature, othersSignature }) {
			assertProblem(post(BASE_URL + "/unsubscribe/" + forged, "List-Unsubscribe=One-Click"), 404);
			assertProblem(get(BASE_URL + "/unsubscribe/" + forged), 404);
		}

		publishOffer(nextOffer(offer));
		awaitCount(() -> emailsTo(offer.client().email()), 2);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status, "\"title\"");
	}

	private void publishOffer(OfferIssued offer) {
		this.topics.publish(this.promotionService.encode(offer));
	}

	private static OfferIssued nextOffer(OfferIssued offer) {
		return new OfferIssued("of-" + UUID.randomUUID(), offer.campaignId(), offer.promotionId(), offer.client(),
				offer.channels(), offer.message(), offer.promoCode(), offer.validUntil(), offer.issuedAt());
	}

	private static String linkIn(ReceivedEmail email) {
		Matcher header = LIST_UNSUBSCRIBE.matcher(email.header("List-Unsubscribe").orElseThrow());
		assertThat(header.matches()).isTrue();
		return header.group(1);
	}

	private static String tokenOf(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(local(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(local(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The link as the service names it (its public base URL), called on its real port.
	 */
	private static URI local(String url) {
		URI link = URI.create(url);
		return URI.create(BASE_URL + link.getRawPath());
	}

}
