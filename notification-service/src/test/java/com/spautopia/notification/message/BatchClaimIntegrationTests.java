package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.spautopia.events.SealedLinks;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.delivery.InstanceId;
import com.spautopia.notification.delivery.TraceContexts;
import com.spautopia.notification.message.SendQueue.Queued;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static com.spautopia.notification.message.SendingRacesIntegrationTests.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages claimed together, as the dispatcher claims a burst: on the real database, with
 * the real opt-outs and the Twilio simulator.
 */
class BatchClaimIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private NotificationStore store;

	@Autowired
	private SealedLinks seal;

	@Autowired
	private BatchClaims claims;

	@Autowired
	private Notifications notifications;

	@Autowired
	private MessageWork sender;

	@Autowired
	private SmsOptOuts optOuts;

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private InstanceId instance;

	@Autowired
	private DispatchProperties properties;

	@Autowired
	private TraceContexts traces;

	@Test
	void batchClaimTakesOnlyTheMessagesUnchangedSinceTheyWereFound() {
		String cancelledBooking = "bk-" + UUID.randomUUID();
		Notification unchanged = insert("bk-" + UUID.randomUUID());
		Notification cancelled = insert(cancelledBooking);
		Notification claimedMeanwhile = insert("bk-" + UUID.randomUUID());
		Notification alsoUnchanged = insert("bk-" + UUID.randomUUID());
		this.notifications.cancelPending(cancelledBooking, Purpose.REMINDER, "the appointment was cancelled");
		assertThat(this.store.claim(claimedMeanwhile.id(), claimedMeanwhile.version(), NotificationStatus.PENDING))
			.isNotNull();

		List<Notification> claimed = this.claims
			.claim(List.of(found(unchanged), found(cancelled), found(claimedMeanwhile), found(alsoUnchanged)));

		assertThat(claimed).extracting(Notification::id).containsExactlyInAnyOrder(unchanged.id(), alsoUnchanged.id());
		assertThat(claimed).allSatisfy((message) -> {
			assertThat(message.status()).isEqualTo(NotificationStatus.SENDING);
			assertThat(message.owner()).isEqualTo(this.instance.value());
			assertThat(message.leaseUntil()).isAfter(this.clock.instant());
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.version()).isEqualTo(1);
			assertThat(message.content().opened(this.seal).text()).isEqualTo("Reminder: your appointment is tomorrow.");
		});
		assertThat(stored(cancelled.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
		assertThat(stored(claimedMeanwhile.id()).attempts()).isEqualTo(1);
	}

	@Test
	void batchClaimTakesOverMessagesWhoseLeaseRanOutOnlyOnce() {
		Notification pending = insert("bk-" + UUID.randomUUID());
		Notification left = insert("bk-" + UUID.randomUUID());
		Notification leftBehind = this.store.claim(left.id(), left.version(), NotificationStatus.PENDING);
		assertThat(leftBehind).isNotNull();
		// another instance, once the lease ran out (this instance's clock stays, so that
		// its own poller leaves the message alone)
		BatchClaims later = otherInstance(Clock.fixed(
				this.clock.instant().plus(this.properties.lease()).plus(Duration.ofSeconds(1)), this.clock.getZone()));

		List<Notification> claimed = later.claim(List.of(found(pending), found(leftBehind)));
		List<Notification> again = later.claim(List.of(found(pending), found(leftBehind)));

		assertThat(claimed).extracting(Notification::id).containsExactlyInAnyOrder(pending.id(), left.id());
		assertThat(claimed).filteredOn((message) -> message.id().equals(left.id()))
			.singleElement()
			.extracting(Notification::attempts)
			.isEqualTo(2);
		assertThat(again).isEmpty();
	}

	@Test
	void twoInstancesClaimingTheSameBatchTakeEachMessageOnce() throws Exception {
		BatchClaims other = otherInstance(this.clock);
		for (int round = 0; round < 5; round++) {
			List<Queued> batch = new ArrayList<>();
			for (int i = 0; i < Dispatcher.MAX_BATCH; i++) {
				batch.add(found(insert("bk-" + UUID.randomUUID())));
			}

			List<List<Notification>> claimed = claimConcurrently(batch, this.claims, other);

			Set<String> byThis = ids(claimed.get(0));
			Set<String> byOther = ids(claimed.get(1));
			Set<String> byBoth = new HashSet<>(byThis);
			byBoth.retainAll(byOther);
			assertThat(byBoth).isEmpty();
			Set<String> all = new HashSet<>(byThis);
			all.addAll(byOther);
			assertThat(all).containsExactlyInAnyOrderElementsOf(batch.stream().map(Queued::id).toList());
			assertThat(byThis).allSatisfy((id) -> assertThat(stored(id).owner()).isEqualTo(this.instance.value()));
			assertThat(byOther).allSatisfy((id) -> assertThat(stored(id).owner()).startsWith("other-"));
		}
	}

	@Test
	void anOptedOutNumberInABatchSuppressesOnlyItsMessage() {
		String optedOutPhone = AppointmentConfirmedMother.uniquePhone();
		String firstPhone = AppointmentConfirmedMother.uniquePhone();
		String secondPhone = AppointmentConfirmedMother.uniquePhone();
		Notification toFirst = insert("bk-" + UUID.randomUUID(), firstPhone);
		Notification toOptedOut = insert("bk-" + UUID.randomUUID(), optedOutPhone);
		Notification toSecond = insert("bk-" + UUID.randomUUID(), secondPhone);
		assertThat(this.optOuts.optOut(optedOutPhone, "STOP", this.clock.instant())).isTrue();

		this.sender.claim(List.of(found(toFirst), found(toOptedOut), found(toSecond))).values().forEach(Runnable::run);

		assertThat(stored(toOptedOut.id()).status()).isEqualTo(NotificationStatus.SUPPRESSED);
		assertThat(stored(toFirst.id()).status()).isIn(NotificationStatus.SENT, NotificationStatus.DELIVERED);
		assertThat(stored(toSecond.id()).status()).isIn(NotificationStatus.SENT, NotificationStatus.DELIVERED);
		assertThat(awaitCount(() -> smsTo(firstPhone), 1)).hasSize(1);
		assertThat(awaitCount(() -> smsTo(secondPhone), 1)).hasSize(1);
		assertStaysAt(() -> smsTo(optedOutPhone), 0);
	}

	private static List<List<Notification>> claimConcurrently(List<Queued> batch, BatchClaims... instances)
			throws Exception {
		CountDownLatch ready = new CountDownLatch(instances.length);
		List<CompletableFuture<List<Notification>>> claims = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(instances.length)) {
			for (BatchClaims instance : instances) {
				claims.add(CompletableFuture.supplyAsync(() -> {
					ready.countDown();
					try {
						ready.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return instance.claim(batch);
				}, threads));
			}
			List<List<Notification>> results = new ArrayList<>();
			for (CompletableFuture<List<Notification>> claim : claims) {
				results.add(claim.get());
			}
			return results;
		}
	}

	private static Set<String> ids(List<Notification> messages) {
		return messages.stream().map(Notification::id).collect(Collectors.toSet());
	}

	/**
	 * The claims of another instance of the service, on the same database.
	 */
	private BatchClaims otherInstance(Clock clock) {
		NotificationStore store = new NotificationStore(this.mongo, clock, new InstanceId("other-" + UUID.randomUUID()),
				this.properties, this.traces, this.seal);
		return new BatchClaims(store, this.mongo, clock);
	}

	private Notification insert(String bookingId) {
		return insert(bookingId, AppointmentConfirmedMother.uniquePhone());
	}

	private Notification insert(String bookingId, String phone) {
		return SmsDueTomorrow.record(this.store, this.clock, bookingId, Purpose.REMINDER, phone);
	}

	private Notification stored(String id) {
		Notification message = this.mongo.findById(id, Notification.class);
		assertThat(message).isNotNull();
		return message;
	}

}
