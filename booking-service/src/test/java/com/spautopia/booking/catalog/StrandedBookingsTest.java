package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.booking.catalog.UpcomingBookings.Upcoming;
import com.spautopia.events.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrandedBookingsTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final LocalDate TUESDAY = LocalDate.of(2027, 2, 2);

	private static final Map<String, Specialization> TREATMENTS = Map.of("back-pain", Specialization.BACK_PAIN);

	private final Upcoming atTen = booking("ten", LocalTime.of(10, 0));

	private final Upcoming atFour = booking("four", LocalTime.of(16, 0));

	@Test
	void bookingsTheChangedHoursStillCoverAreNotStranded() {
		Therapist changed = therapist(LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(),
				Set.of(Specialization.BACK_PAIN));

		assertThat(StrandedBookings.of(changed, List.of(this.atTen, this.atFour), TREATMENTS, WARSAW)).isEmpty();
	}

	@Test
	void shorterHoursStrandTheLateBooking() {
		Therapist changed = therapist(LocalTime.of(9, 0), LocalTime.of(15, 0), Set.of(),
				Set.of(Specialization.BACK_PAIN));

		assertThat(StrandedBookings.of(changed, List.of(this.atTen, this.atFour), TREATMENTS, WARSAW))
			.containsExactly(this.atFour);
	}

	@Test
	void aDayOffStrandsTheWholeDay() {
		Therapist changed = therapist(LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(TUESDAY),
				Set.of(Specialization.BACK_PAIN));

		assertThat(StrandedBookings.of(changed, List.of(this.atTen, this.atFour), TREATMENTS, WARSAW)).hasSize(2);
	}

	@Test
	void aDroppedSpecializationStrandsItsBookings() {
		Therapist changed = therapist(LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(),
				Set.of(Specialization.SWEDISH));

		assertThat(StrandedBookings.of(changed, List.of(this.atTen), TREATMENTS, WARSAW)).containsExactly(this.atTen);
	}

	@Test
	void aRoomStrandsTheBookingsOfTreatmentsItNoLongerHosts() {
		Treatment backPain = new Treatment("back-pain", "Back Pain", "", 50, Money.of("220", "PLN"),
				Specialization.BACK_PAIN);
		Treatment swedish = new Treatment("swedish", "Swedish", "", 60, Money.of("200", "PLN"), Specialization.SWEDISH);
		Upcoming swedishAtFour = new Upcoming("swedish-four", "swedish", this.atFour.start(), this.atFour.end());
		List<Upcoming> inRoom = List.of(this.atTen, swedishAtFour);

		assertThat(StrandedBookings.inRoom(
				new Room("lavender", "Lavender", RoomKind.SINGLE, List.of("back-pain", "swedish")), inRoom,
				List.of(backPain, swedish)))
			.isEmpty();
		assertThat(StrandedBookings.inRoom(new Room("lavender", "Lavender", RoomKind.SINGLE, List.of("swedish")),
				inRoom, List.of(backPain, swedish)))
			.containsExactly(this.atTen);
		assertThat(StrandedBookings.inRoom(
				new Room("lavender", "Lavender", RoomKind.DOUBLE, List.of("back-pain", "swedish")), inRoom,
				List.of(backPain, swedish)))
			.as("a room of another kind hosts none of them")
			.containsExactly(this.atTen, swedishAtFour);
	}

	@Test
	void aTreatmentNeedsTheUsualRoomUnlessItNamesOne() {
		Treatment kids = new Treatment("kids", "Kids", "", 30, Money.of("120", "PLN"), Specialization.KIDS);
		Treatment couples = new Treatment("couples", "Couples", "", 60, Money.of("380", "PLN"), Specialization.SWEDISH,
				RoomKind.DOUBLE);
		Treatment storedBeforeRooms = new Treatment("swedish", "Swedish", "", 60, Money.of("200", "PLN"),
				Specialization.SWEDISH, null);

		assertThat(kids.roomKind()).isEqualTo(RoomKind.KIDS);
		assertThat(storedBeforeRooms.roomKind()).isEqualTo(RoomKind.SINGLE);
		assertThat(storedBeforeRooms.therapistsNeeded()).isOne();
		assertThat(couples.therapistsNeeded()).isEqualTo(2);
		assertThat(new Room("rose", "Rose", RoomKind.DOUBLE, List.of("couples")).canHost(couples)).isTrue();
		assertThat(new Room("rose", "Rose", RoomKind.DOUBLE, List.of("swedish")).canHost(couples))
			.as("not among its treatments")
			.isFalse();
	}

	private static Therapist therapist(LocalTime start, LocalTime end, Set<LocalDate> daysOff,
			Set<Specialization> specializations) {
		return new Therapist("maria", "Maria", specializations,
				List.of(new WorkingHours(DayOfWeek.TUESDAY, start, end, List.of())), daysOff);
	}

	private static Upcoming booking(String id, LocalTime start) {
		Instant at = TUESDAY.atTime(start).atZone(WARSAW).toInstant();
		return new Upcoming(id, "back-pain", at, at.plusSeconds(50 * 60));
	}

}
