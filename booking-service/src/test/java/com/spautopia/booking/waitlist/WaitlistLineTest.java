package com.spautopia.booking.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistLineTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final LocalDate DAY = LocalDate.of(2030, 3, 5);

	private static final Instant JOINED = Instant.parse("2030-03-01T10:00:00Z");

	private static final AppointmentDetails FREED = new AppointmentDetails("back-pain", "Back pain", "maria", "Maria",
			OffsetDateTime.of(DAY.atTime(10, 0), WARSAW.getRules().getOffset(DAY.atTime(10, 0))),
			OffsetDateTime.of(DAY.atTime(11, 0), WARSAW.getRules().getOffset(DAY.atTime(11, 0))), "Europe/Warsaw",
			Money.of("220", "PLN"));

	@Test
	void theFirstToJoinWhoseWishItMeetsIsNext() {
		WaitlistEntry first = entry("a", 0, "back-pain", "+48600000001");
		WaitlistEntry second = entry("b", 60, "back-pain", "+48600000002");
		WaitlistEntry earlierButOtherTreatment = entry("c", -60, "swedish", "+48600000003");

		assertThat(next(List.of(second, earlierButOtherTreatment, first), Set.of())).contains(first);
	}

	@Test
	void anEntryAlreadyOfferedTheTimeIsPassedOver() {
		WaitlistEntry first = entry("a", 0, "back-pain", "+48600000001");
		WaitlistEntry second = entry("b", 60, "back-pain", "+48600000002");

		assertThat(next(List.of(first, second), Set.of("a"))).contains(second);
		assertThat(next(List.of(first, second), Set.of("a", "b"))).isEmpty();
	}

	@Test
	void theClientWhoseBookingFreedTheTimeIsNotOfferedIt() {
		WaitlistEntry own = entry("a", 0, "back-pain", "+48600000009");

		assertThat(next(List.of(own), Set.of())).isEmpty();
	}

	@Test
	void onlyWaitingEntriesAreOffered() {
		WaitlistEntry waiting = entry("a", 0, "back-pain", "+48600000001");
		WaitlistEntry left = new WaitlistEntry("b", WaitlistEntry.Status.LEFT, waiting.client(), waiting.wish(),
				JOINED.minusSeconds(600), waiting.endsAt(), JOINED);

		assertThat(next(List.of(left, waiting), Set.of())).contains(waiting);
	}

	private static java.util.Optional<WaitlistEntry> next(List<WaitlistEntry> waiting, Set<String> offered) {
		return WaitlistLine.next(waiting, FREED, List.of("maria"), "+48600000009", offered);
	}

	private static WaitlistEntry entry(String id, long joinedSecondsLater, String treatment, String phone) {
		WaitlistWish wish = new WaitlistWish(treatment, null, DAY, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		ClientSnapshot client = new ClientSnapshot("client-" + id, "Client " + id, phone, null,
				new Consents(true, false, false), List.of());
		return new WaitlistEntry(id, WaitlistEntry.Status.WAITING, client, wish, JOINED.plusSeconds(joinedSecondsLater),
				wish.endsAt(WARSAW), null);
	}

}
