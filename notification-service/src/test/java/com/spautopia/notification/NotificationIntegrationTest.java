package com.spautopia.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on a real Kafka broker and MongoDB endpoint, listening on a real port for
 * Twilio's webhooks, sending through the Twilio simulator and a real SMTP server, on a
 * clock the tests move. Every subclass shares one application context; tests use their
 * own bookings and phone numbers, and reset the clock and the simulator's faults.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "spa.notification.metrics-interval=1s")
@AutoConfigureMockMvc
@SpaInfrastructureTest
@Import({ TestClockConfiguration.class, OperatorRequests.class })
public abstract class NotificationIntegrationTest {

	protected static final String ACCOUNT_SID = "AC" + "fedcba9876543210".repeat(2);

	protected static final String AUTH_TOKEN = "webhook-test-token";

	protected static final String SPA_NUMBER = "+15005550006";

	protected static final Duration TIMEOUT = Duration.ofSeconds(60);

	protected static final int PORT = freePort();

	protected static final String BASE_URL = "http://127.0.0.1:" + PORT;

	protected static final TwilioSimulator twilio = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	protected static final SmtpServer smtp = SmtpServer.start();

	protected final EventCodec bookingService = new EventCodec(URI.create("/spa-utopia/booking-service"));

	protected final EventCodec promotionService = new EventCodec(URI.create("/spa-utopia/promotion-service"));

	private final EventCodec notificationEvents = new EventCodec(URI.create("/test"));

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected TestClock clock;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	protected BookingTopic topics;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("spa.twilio.account-sid", () -> ACCOUNT_SID);
		registry.add("spa.twilio.auth-token", () -> AUTH_TOKEN);
		registry.add("spa.twilio.from-number", () -> SPA_NUMBER);
		registry.add("spa.twilio.api-url", twilio::baseUrl);
		registry.add("spa.twilio.status-callback-base-url", () -> BASE_URL + "/");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
	}

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.topics = new BookingTopic(this.brokers, this.topicPrefix);
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
		twilio.resetFaults();
		this.clock.reset();
	}

	protected void publish(SpaEvent event) {
		this.topics.publish(this.bookingService.encode(event));
	}

	protected static List<SimulatedSms> smsTo(String phone) {
		return twilio.messagesTo(phone);
	}

	protected static List<ReceivedEmail> emailsTo(String address) {
		return smtp.receivedEmails().stream().filter((email) -> email.to().contains(address)).toList();
	}

	protected static <T> List<T> awaitCount(Supplier<List<T>> items, int count) {
		await().atMost(TIMEOUT).until(() -> items.get().size() >= count);
		assertThat(items.get()).hasSize(count);
		return items.get();
	}

	protected static <T> void assertStaysAt(Supplier<List<T>> items, int count) {
		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10)).until(() -> items.get().size() == count);
	}

	/**
	 * Waits until a booking's messages of one channel and purpose have a status.
	 * @param bookingId the booking
	 * @param channel {@code SMS} or {@code EMAIL}
	 * @param purpose such as {@code REMINDER}
	 * @param status such as {@code SENT}
	 */
	protected void awaitStatus(String bookingId, String channel, String purpose, String status) {
		await().atMost(TIMEOUT)
			.untilAsserted(
					() -> assertThat(this.mvc.get().uri("/api/notifications?bookingId={id}", bookingId)).bodyJson()
						.extractingPath("$[?(@.channel == '" + channel + "' && @.purpose == '" + purpose + "')].status")
						.asArray()
						.containsExactly(status));
	}

	/**
	 * Reads {@code spa.notification.events} from the beginning until an event matches.
	 * @param type the event's type
	 * @param matching what it must satisfy
	 * @param <T> the event's type
	 * @return the event
	 */
	protected <T extends SpaEvent> EventEnvelope<T> awaitNotificationEvent(Class<T> type, Predicate<T> matching) {
		List<ConsumerRecord<byte[], byte[]>> records = this.topics.read(Topics.NOTIFICATION_EVENTS,
				(read) -> read.stream().anyMatch((record) -> matches(record, type, matching)), TIMEOUT);
		ConsumerRecord<byte[], byte[]> found = records.stream()
			.filter((record) -> matches(record, type, matching))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " as expected"));
		@SuppressWarnings("unchecked")
		EventEnvelope<T> envelope = (EventEnvelope<T>) (EventEnvelope<?>) decode(found);
		return envelope;
	}

	private <T extends SpaEvent> boolean matches(ConsumerRecord<byte[], byte[]> record, Class<T> type,
			Predicate<T> matching) {
		SpaEvent event = decode(record).data();
		return type.isInstance(event) && matching.test(type.cast(event));
	}

	private EventEnvelope<SpaEvent> decode(ConsumerRecord<byte[], byte[]> record) {
		Map<String, byte[]> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return this.notificationEvents.decode(headers, record.value()).orElseThrow();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
