package com.spautopia.notification;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.spautopia.events.EventCodec;
import com.spautopia.events.EventJson;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.notification.appointment.LinksSealedAtRest;
import com.spautopia.notification.content.SmsSegments;
import com.spautopia.notification.message.ContentsSealedAtRest;
import com.spautopia.notification.message.MessageContent;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on a real Kafka broker and MongoDB endpoint, sending through the Twilio
 * simulator and a real SMTP server.
 */
@SpringBootTest(properties = { "spring.cloud.stream.bindings.bookingEvents-in-0.consumer.back-off-initial-interval=200",
		"spring.cloud.stream.bindings.bookingEvents-in-0.consumer.back-off-max-interval=500" })
@AutoConfigureMockMvc
@SpaInfrastructureTest
@Import(OperatorRequests.class)
// closed with its class, while Kafka is still up, rather than at JVM exit
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
class BookingEventsIntegrationTests {

	private static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);

	private static final String AUTH_TOKEN = "integration-test-token";

	private static final String DLQ = Topics.BOOKING_EVENTS + ".notification-service.dlq";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	private static final SmtpServer smtp = SmtpServer.start();

	static {
		// no status callback endpoint yet: keep the simulator from posting to one
		twilio.statusCallbackDelay(Duration.ofMinutes(10));
	}

	private final EventCodec bookingService = new EventCodec(URI.create("/spa-utopia/booking-service"));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private LinksSealedAtRest linksAtRest;

	@Autowired
	private ContentsSealedAtRest contentsAtRest;

	@Value("${spa.manage-links.sealing-key}")
	private String sealingKey;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	private BookingTopic bookings;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("spa.twilio.account-sid", () -> ACCOUNT_SID);
		registry.add("spa.twilio.auth-token", () -> AUTH_TOKEN);
		registry.add("spa.twilio.api-url", twilio::baseUrl);
		registry.add("spa.twilio.status-callback-base-url", () -> "http://127.0.0.1:9/callbacks/");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
	}

	@BeforeEach
	void connect() {
		this.bookings = new BookingTopic(this.brokers, this.topicPrefix);
	}

	@AfterEach
	void disconnect() {
		this.bookings.close();
		twilio.resetFaults();
	}

	@AfterAll
	static void stopProviders() {
		twilio.close();
		smtp.close();
	}

	@Test
	void confirmedAppointmentSendsOneSmsAndOneEmailWithACalendarInvitation() throws Exception {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();

		this.bookings.publish(this.bookingService.encode(event));

		SimulatedSms sms = awaitOne(() -> twilio.messagesTo(event.client().phone()));
		assertThat(sms.body()).contains("Anna", "Deep Tissue Massage", AppointmentConfirmedMother.LOCAL_START);
		assertThat(sms.from()).isEqualTo("+15005550006");
		assertThat(sms.statusCallback()).startsWith("http://127.0.0.1:9/callbacks/twilio/status?message=");
		ReceivedEmail email = awaitOne(() -> emailsTo(event.client().email()));
		assertThat(email.from()).isEqualTo("bookings@spautopia.example");
		assertThat(email.subject()).contains("Deep Tissue Massage", AppointmentConfirmedMother.LOCAL_START);
		assertThat(email.textBody()).contains("Anna", "Deep Tissue Massage", AppointmentConfirmedMother.LOCAL_START);
		assertThat(email.htmlBody()).contains("Anna", "Deep Tissue Massage", AppointmentConfirmedMother.LOCAL_START);
		Calendar invitation = new CalendarBuilder().build(new StringReader(String.valueOf(email.calendar())));
		assertThat(invitation.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
		VEvent vevent = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(vevent.getProperty(Property.UID).map(Property::getValue))
			.contains(event.bookingId() + "@spautopia.example");
		assertThat(vevent.getProperty(Property.DTSTART).map(Property::getValue)).contains("20371201T090000Z");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$[*].status")
				.asArray()
				.containsExactly("SENT", "SENT"));
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[*].recipient")
			.asArray()
			.containsExactlyInAnyOrder(masked(event.client().phone()), "a***@example.com");
	}

	@Test
	void theSmsCarriesTheShortManageLinkAndTheEmailTheFullOne() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();

		this.bookings.publish(this.bookingService.encode(event));

		SimulatedSms sms = awaitOne(() -> twilio.messagesTo(event.client().phone()));
		assertThat(sms.body()).contains(event.shortManageUrl()).doesNotContain(event.manageUrl(), "Europe/Warsaw");
		assertThat(SmsSegments.of(sms.body()).segments()).isOne();
		ReceivedEmail email = awaitOne(() -> emailsTo(event.client().email()));
		assertThat(email.textBody()).contains(event.manageUrl());
		// an event from before links were sealed: its links are sealed as they are stored
		assertThat(
				this.mongo.getCollection("appointments").find(new Document("_id", event.bookingId())).first().toJson())
			.doesNotContain(event.manageUrl(), event.shortManageUrl())
			.contains(SealedLinks.PREFIX);
	}

	@Test
	void linksSealedByBookingServiceReachTheClientOpenedAndStaySealedHere() {
		AppointmentConfirmed plain = AppointmentConfirmedMother.confirmed();
		SealedLinks seal = SealedLinks.withKey(this.sealingKey);
		AppointmentConfirmed event = new AppointmentConfirmed(plain.bookingId(), plain.appointment(), plain.client(),
				plain.pricing(), seal.seal(plain.manageUrl(), plain.bookingId()),
				seal.seal(plain.shortManageUrl(), plain.bookingId()), plain.confirmedAt());

		this.bookings.publish(this.bookingService.encode(event));

		SimulatedSms sms = awaitOne(() -> twilio.messagesTo(event.client().phone()));
		assertThat(sms.body()).contains(plain.shortManageUrl()).doesNotContain(SealedLinks.PREFIX);
		ReceivedEmail email = awaitOne(() -> emailsTo(event.client().email()));
		assertThat(email.textBody()).contains(plain.manageUrl()).doesNotContain(SealedLinks.PREFIX);
		String stored = this.mongo.getCollection("appointments")
			.find(new Document("_id", plain.bookingId()))
			.first()
			.toJson();
		assertThat(stored).contains(event.manageUrl(), event.shortManageUrl())
			.doesNotContain(plain.manageUrl(), plain.shortManageUrl());
		// the messages as stored: sealed, the links and the client's name nowhere in the
		// clear
		List<String> messages = new ArrayList<>();
		this.mongo.getCollection("notifications")
			.find(new Document("bookingId", plain.bookingId()))
			.forEach((message) -> messages.add(message.toJson()));
		assertThat(messages).hasSize(2)
			.allSatisfy((message) -> assertThat(message).contains(SealedLinks.PREFIX)
				.doesNotContain(plain.manageUrl(), plain.shortManageUrl(), plain.client().name()));
	}

	@Test
	void linksAndMessagesStoredInTheClearBeforeAreSealedOnceAtStartUp() {
		String bookingId = "bk-" + UUID.randomUUID();
		String link = "https://spautopia.example/manage/" + bookingId + "?token=abc";
		this.mongo.getCollection("appointments")
			.insertOne(new Document("_id", bookingId).append("manageUrl", link)
				.append("shortManageUrl", "https://spautopia.example/m/abcdefghijkl"));
		this.mongo.getCollection("notifications")
			.insertOne(new Document("_id", bookingId + ":SMS:CONFIRMATION").append("bookingId", bookingId)
				.append("status", "SENT")
				.append("content", new Document("text", "Ada, see you Tue 10:00. Manage: " + link))
				.append("fallback",
						new Document("email", "ada@example.com").append("content",
								new Document("text", "Manage: " + link).append("subject", "Ada, your booking")
									.append("html", "<a href=\"" + link + "\">Manage</a>"))));
		this.mongo.getCollection("migrations")
			.deleteMany(new Document("_id",
					new Document("$in", List.of(LinksSealedAtRest.MARKER, ContentsSealedAtRest.MARKER))));

		this.linksAtRest.afterSingletonsInstantiated();
		this.contentsAtRest.afterSingletonsInstantiated();

		Document appointment = this.mongo.getCollection("appointments").find(new Document("_id", bookingId)).first();
		Document message = this.mongo.getCollection("notifications").find(new Document("bookingId", bookingId)).first();
		assertThat(appointment.toJson() + message.toJson()).doesNotContain(link, "abcdefghijkl", "Ada");
		SealedLinks seal = SealedLinks.withKey(this.sealingKey);
		assertThat(seal.open(appointment.getString("manageUrl"), bookingId)).isEqualTo(link);
		assertThat(this.mongo.getConverter()
			.read(MessageContent.class, message.get("fallback", Document.class).get("content", Document.class))
			.opened(seal)
			.html()).isEqualTo("<a href=\"" + link + "\">Manage</a>");
		assertThat(
				this.mongo.getCollection("migrations")
					.countDocuments(new Document("_id",
							new Document("$in", List.of(LinksSealedAtRest.MARKER, ContentsSealedAtRest.MARKER)))))
			.isEqualTo(2);
	}

	@Test
	void aPolishBookingGetsPolishSmsEmailAndInvitation() throws Exception {
		AppointmentConfirmed event = AppointmentConfirmedMother.inLanguage(AppointmentConfirmedMother.confirmed(),
				"pl");

		this.bookings.publish(this.bookingService.encode(event));

		SimulatedSms sms = awaitOne(() -> twilio.messagesTo(event.client().phone()));
		assertThat(sms.body()).contains("potwierdzamy wizyt", "gru 2037, 10:00");
		ReceivedEmail email = awaitOne(() -> emailsTo(event.client().email()));
		assertThat(email.subject()).startsWith("Spa Utopia: potwierdzamy wizytę");
		assertThat(email.textBody()).startsWith("Dzień dobry Anna,").contains("Termin: wt. 1 gru 2037, 10:00");
		Calendar invitation = new CalendarBuilder().build(new StringReader(String.valueOf(email.calendar())));
		VEvent vevent = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(vevent.getProperty(Property.SUMMARY).map(Property::getValue))
			.contains("Deep Tissue Massage w Spa Utopia");
		assertThat(vevent.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow())
			.contains("Zarządzaj wizytą: " + event.manageUrl());
	}

	@Test
	void anEnglishBookingGetsEnglishMessages() {
		AppointmentConfirmed event = AppointmentConfirmedMother.inLanguage(AppointmentConfirmedMother.confirmed(),
				"en");

		this.bookings.publish(this.bookingService.encode(event));

		assertThat(awaitOne(() -> twilio.messagesTo(event.client().phone())).body()).startsWith("Spa Utopia: Hi Anna,");
		assertThat(awaitOne(() -> emailsTo(event.client().email())).textBody()).startsWith("Hi Anna,");
	}

	@Test
	void redeliveredEventSendsNothingNew() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();
		KafkaEventMessage message = this.bookingService.encode(event);
		AppointmentConfirmed later = AppointmentConfirmedMother.confirmed();

		this.bookings.publish(message);
		this.bookings.publish(message);
		this.bookings.publish(this.bookingService.encode(later), message.key());

		// the later event is handled after both copies (one partition); once every
		// message of both events has arrived, nothing more comes
		awaitOne(() -> twilio.messagesTo(later.client().phone()));
		awaitOne(() -> emailsTo(later.client().email()));
		awaitOne(() -> twilio.messagesTo(event.client().phone()));
		awaitOne(() -> emailsTo(event.client().email()));
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(10))
			.until(() -> twilio.messagesTo(event.client().phone()).size() == 1
					&& emailsTo(event.client().email()).size() == 1);
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[*].channel")
			.asArray()
			.containsExactlyInAnyOrder("SMS", "EMAIL");
	}

	@Test
	void clientWithoutSmsConsentGetsOnlyTheEmail() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed(AppointmentConfirmedMother.uniquePhone(),
				"no-sms@example.com", false);

		this.bookings.publish(this.bookingService.encode(event));

		awaitOne(() -> emailsTo("no-sms@example.com"));
		assertThat(twilio.messagesTo(event.client().phone())).isEmpty();
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[*].channel")
			.asArray()
			.containsExactly("EMAIL");
	}

	@Test
	void malformedMessagesGoToDeadLetterTopicWithoutBlockingThePartition() {
		AppointmentConfirmed before = AppointmentConfirmedMother.confirmed();
		AppointmentConfirmed valid = AppointmentConfirmedMother.confirmed();
		String key = valid.bookingId();
		AppointmentConfirmed untyped = AppointmentConfirmedMother.confirmed();
		KafkaEventMessage withoutType = withoutHeader(this.bookingService.encode(untyped), "ce_type");
		AppointmentConfirmed incomplete = AppointmentConfirmedMother.confirmed();
		KafkaEventMessage withoutManageUrl = withoutField(this.bookingService.encode(incomplete), "manageUrl");

		// one partition, very likely one batch: the events around the bad ones are
		// handled
		this.bookings.publish(this.bookingService.encode(before), key);
		this.bookings.publish(withoutType, key);
		this.bookings.publish(withoutManageUrl, key);
		this.bookings.publish(this.bookingService.encode(valid), key);

		awaitOne(() -> twilio.messagesTo(before.client().phone()));
		awaitOne(() -> twilio.messagesTo(valid.client().phone()));
		List<ConsumerRecord<byte[], byte[]>> deadLetters = this.bookings.read(DLQ, (records) -> records.size() >= 2,
				TIMEOUT);
		assertThat(deadLetters).extracting(ConsumerRecord::value)
			.containsExactly(withoutType.payload(), withoutManageUrl.payload());
		// not retried: the failure is an InvalidEventException on the first delivery
		// attempt
		assertThat(deadLetters).allSatisfy((record) -> {
			assertThat(header(record, "x-exception-fqcn")).isEqualTo("com.spautopia.events.InvalidEventException");
			assertThat(header(record, "x-exception-message")).containsAnyOf("'type'", "manageUrl");
			assertThat(header(record, "x-exception-stacktrace")).contains("BookingEventHandler");
			assertThat(header(record, "x-original-topic")).endsWith("spa.booking.events");
			assertThat(header(record, "x-delivery-attempts")).isEqualTo("1");
		});
		assertThat(twilio.messagesTo(untyped.client().phone())).isEmpty();
		assertThat(twilio.messagesTo(incomplete.client().phone())).isEmpty();
	}

	@Test
	void transientTwilioFailureIsRetriedWithoutDuplicatingTheEmail() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();
		// one request per attempt: the retry schedule makes the 2nd, 3rd and 4th
		twilio.failNextRequests(3, 503);

		this.bookings.publish(this.bookingService.encode(event));

		awaitOne(() -> twilio.messagesTo(event.client().phone()));
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.bodyJson()
				.extractingPath("$[?(@.channel == 'SMS')].status")
				.asArray()
				.containsExactly("SENT"));
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[*].attempts")
			.asArray()
			.containsExactlyInAnyOrder(4, 1);
		assertThat(emailsTo(event.client().email())).hasSize(1);
	}

	@Test
	void numberTwilioRefusesIsRecordedAsFailedAndTheEmailStillGoes() {
		AppointmentConfirmed event = AppointmentConfirmedMother.confirmed();
		twilio.rejectNumber(event.client().phone(), 21610);

		this.bookings.publish(this.bookingService.encode(event));

		awaitOne(() -> emailsTo(event.client().email()));
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId()))
				.bodyJson()
				.extractingPath("$[?(@.channel == 'SMS')].error")
				.asArray()
				.singleElement()
				.asString()
				.startsWith("Twilio error 21610 (HTTP 400)")
				.doesNotContain(event.client().phone()));
		assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", event.bookingId())).bodyJson()
			.extractingPath("$[?(@.channel == 'SMS')].status")
			.asArray()
			.containsExactly("FAILED");
		assertThat(twilio.messagesTo(event.client().phone())).isEmpty();
	}

	@Test
	void listingWithoutBookingIdIsAProblem() {
		assertThat(this.mvc.get().uri("/api/notifications")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("bookingId");
	}

	private static <T> T awaitOne(Supplier<List<T>> items) {
		await().atMost(TIMEOUT).until(() -> !items.get().isEmpty());
		assertThat(items.get()).hasSize(1);
		return items.get().get(0);
	}

	private static List<ReceivedEmail> emailsTo(String address) {
		return smtp.receivedEmails().stream().filter((email) -> email.to().contains(address)).toList();
	}

	private static String masked(String phone) {
		return phone.substring(0, 3) + "*****" + phone.substring(phone.length() - 3);
	}

	private static KafkaEventMessage withoutHeader(KafkaEventMessage message, String header) {
		Map<String, byte[]> headers = new HashMap<>(message.headers());
		headers.remove(header);
		return new KafkaEventMessage(message.topic(), message.key(), headers, message.payload());
	}

	private static KafkaEventMessage withoutField(KafkaEventMessage message, String field) {
		try {
			ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
			data.remove(field);
			return new KafkaEventMessage(message.topic(), message.key(), message.headers(),
					EventJson.mapper().writeValueAsBytes(data));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
