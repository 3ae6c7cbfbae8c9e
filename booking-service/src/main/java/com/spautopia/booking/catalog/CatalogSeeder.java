package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.spautopia.booking.catalog.WorkingHours.TimeRange;
import com.spautopia.events.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the spa's own offer, team and rooms on the first start; later starts keep what
 * staff changed. Rooms are seeded once too (also into a catalog that was seeded before
 * the spa knew its rooms): each hosts every treatment of its kind in the offer then.
 */
@Component
class CatalogSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

	private final TreatmentRepository treatments;

	private final TherapistRepository therapists;

	private final RoomRepository rooms;

	CatalogSeeder(TreatmentRepository treatments, TherapistRepository therapists, RoomRepository rooms) {
		this.treatments = treatments;
		this.therapists = therapists;
		this.rooms = rooms;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.treatments.count() == 0) {
			this.treatments.saveAll(treatments());
			log.info("Seeded the treatment catalog");
		}
		if (this.therapists.count() == 0) {
			this.therapists.saveAll(therapists());
			log.info("Seeded the therapists");
		}
		if (this.rooms.count() == 0) {
			this.rooms.saveAll(rooms(this.treatments.findAll()));
			log.info("Seeded the rooms");
		}
	}

	static List<Treatment> treatments() {
		return List.of(
				treatment("back-pain-desk-workers", "Back Pain Massage for Desk Workers",
						"Releases the neck, shoulders and lower back that long hours at a desk tighten.", 50, "220.00",
						Specialization.BACK_PAIN),
				treatment("deep-tissue", "Deep Tissue Massage",
						"Slow, firm strokes that reach the deeper layers of muscle and fascia.", 60, "260.00",
						Specialization.DEEP_TISSUE),
				treatment("swedish", "Swedish Massage", "A gentle full-body massage to relax and improve circulation.",
						60, "200.00", Specialization.SWEDISH),
				treatment("sports", "Sports Massage", "Prepares for training or speeds recovery after it.", 45,
						"210.00", Specialization.SPORTS),
				treatment("trigger-point", "Trigger Point Therapy",
						"Targeted pressure on knots that refer pain elsewhere in the body.", 45, "230.00",
						Specialization.TRIGGER_POINT),
				treatment("posture", "Posture Massage",
						"Works on the muscle imbalances behind rounded shoulders and a forward head.", 50, "220.00",
						Specialization.POSTURE),
				treatment("kids", "Kids Massage",
						"A short, gentle massage for children aged 6 to 14, with a parent present.", 30, "120.00",
						Specialization.KIDS),
				new Treatment("couples-swedish", "Couples Swedish Massage",
						"Two people side by side in our double room, each with a therapist of their own.", 60,
						Money.of("380.00", "PLN"), Specialization.SWEDISH, RoomKind.DOUBLE));
	}

	/**
	 * Three single massage rooms, a double room for couples and a kids room, each hosting
	 * every treatment of its kind.
	 * @param offer the treatments on offer
	 * @return the rooms
	 */
	static List<Room> rooms(List<Treatment> offer) {
		return List.of(room("lavender", "Lavender Room", RoomKind.SINGLE, offer),
				room("jasmine", "Jasmine Room", RoomKind.SINGLE, offer),
				room("cedar", "Cedar Room", RoomKind.SINGLE, offer),
				room("rose-suite", "Rose Suite", RoomKind.DOUBLE, offer),
				room("meadow", "Meadow Kids Room", RoomKind.KIDS, offer));
	}

	private static Room room(String id, String name, RoomKind kind, List<Treatment> offer) {
		return new Room(id, name, kind,
				offer.stream().filter((treatment) -> treatment.roomKind() == kind).map(Treatment::id).toList());
	}

	static List<Therapist> therapists() {
		Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		Set<DayOfWeek> tuesdayToSaturday = EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
		return List.of(
				therapist("maria-nowak", "Maria Nowak",
						EnumSet.of(Specialization.BACK_PAIN, Specialization.POSTURE, Specialization.SWEDISH), weekdays,
						LocalTime.of(9, 0), LocalTime.of(17, 0)),
				therapist("jan-kowalski", "Jan Kowalski",
						EnumSet.of(Specialization.DEEP_TISSUE, Specialization.SPORTS, Specialization.TRIGGER_POINT),
						weekdays, LocalTime.of(11, 0), LocalTime.of(19, 0)),
				therapist("ewa-wisniewska", "Ewa Wiśniewska",
						EnumSet.of(Specialization.KIDS, Specialization.SWEDISH, Specialization.BACK_PAIN),
						tuesdayToSaturday, LocalTime.of(10, 0), LocalTime.of(18, 0)),
				therapist("piotr-zielinski", "Piotr Zieliński",
						EnumSet.of(Specialization.TRIGGER_POINT, Specialization.POSTURE, Specialization.SPORTS),
						tuesdayToSaturday, LocalTime.of(12, 0), LocalTime.of(20, 0)));
	}

	private static Treatment treatment(String id, String name, String description, int minutes, String price,
			Specialization specialization) {
		return new Treatment(id, name, description, minutes, Money.of(price, "PLN"), specialization);
	}

	private static Therapist therapist(String id, String name, Set<Specialization> specializations, Set<DayOfWeek> days,
			LocalTime start, LocalTime end) {
		LocalTime lunch = start.plusHours(4);
		List<WorkingHours> hours = days.stream()
			.map((day) -> new WorkingHours(day, start, end, List.of(new TimeRange(lunch, lunch.plusMinutes(30)))))
			.toList();
		return new Therapist(id, name, specializations, hours, Set.of());
	}

}
