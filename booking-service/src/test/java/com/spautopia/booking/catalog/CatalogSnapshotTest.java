package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import com.spautopia.booking.catalog.WorkingHours.TimeRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalog held in memory is shared by every request: neither it nor the treatments,
 * therapists and rooms it holds can be changed by a caller.
 */
class CatalogSnapshotTest {

	@Test
	void itsCollectionsAndThoseOfItsTherapistsAndRoomsCannotBeChanged() {
		List<WorkingHours> hours = new ArrayList<>(List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
				LocalTime.of(17, 0), new ArrayList<>(List.of(new TimeRange(LocalTime.NOON, LocalTime.of(12, 30)))))));
		Therapist therapist = new Therapist("t", "T", new HashSet<>(EnumSet.of(Specialization.SWEDISH)), hours,
				new HashSet<>());
		Room room = new Room("r", "R", RoomKind.SINGLE, new ArrayList<>(List.of("swedish")));
		List<Treatment> treatments = new ArrayList<>(CatalogSeeder.treatments());
		Catalog.Snapshot snapshot = Catalog.Snapshot.of(treatments, List.of(therapist), List.of(room), 1, 0);

		treatments.clear();
		assertThat(snapshot.treatments()).as("a copy of what it was given").isNotEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> snapshot.treatments().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> snapshot.rooms().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> snapshot.therapistsById().clear());
		Therapist held = snapshot.therapist("t").orElseThrow();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> held.specializations().add(Specialization.KIDS));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> held.daysOff().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> held.weeklyHours().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> held.weeklyHours().get(0).breaks().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> snapshot.room("r").orElseThrow().treatmentIds().add("kids"));
	}

	@Test
	void findsTreatmentsTherapistsAndRoomsByIdAndTheRoomsHostingATreatment() {
		List<Treatment> offer = CatalogSeeder.treatments();
		Catalog.Snapshot snapshot = Catalog.Snapshot.of(offer, CatalogSeeder.therapists(), CatalogSeeder.rooms(offer),
				1, 0);

		Treatment couples = snapshot.treatment("couples-swedish").orElseThrow();
		assertThat(snapshot.hosting(couples)).extracting(Room::id).containsExactly("rose-suite");
		assertThat(snapshot.treatment("nothing")).isEmpty();
		assertThat(snapshot.therapist("maria-nowak")).isPresent();
		assertThat(snapshot.room("lavender")).isPresent();
		assertThat(snapshot.room("nowhere")).isEmpty();
	}

}
