package com.spautopia.booking.appointment;

import java.util.List;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErasedEventsTest {

	private static final ClientSnapshot ERASED = new ClientSnapshot("c-1", "Erased client", "erased:c-1", null,
			new Consents(false, false, false), List.of());

	@Test
	void theClientAndTheFreeTextReasonAreReplaced() {
		String event = """
				{"bookingId": "b-1", "client": {"clientId": "c-1", "name": "Grace Hopper", "phone": "+48601100601",
				 "email": "grace@example.com"}, "reason": "in hospital", "lateCancellation": false}""";

		String erased = ErasedEvents.scrub(event, ERASED);

		assertThat(erased).doesNotContain("Grace", "grace@example.com", "hospital")
			.as("events keep a valid number, erased downstream by ClientErased")
			.contains("\"phone\":\"+48601100601\"")
			.contains("\"bookingId\":\"b-1\"", "\"name\":\"Erased client\"", "\"reason\":null",
					"\"lateCancellation\":false");
	}

	@Test
	void theReasonTimeWasFreedIsNotFreeTextAndStays() {
		String event = "{\"bookingId\": \"b-3\", \"reason\": \"CANCELLED\", \"freed\": {\"treatmentId\": \"t\"}}";

		assertThat(ErasedEvents.scrub(event, ERASED)).isEqualTo(event);
	}

	@Test
	void anotherClientsEventIsLeftAlone() {
		String event = "{\"bookingId\": \"b-2\", \"client\": {\"clientId\": \"c-2\", \"name\": \"Ada\"}}";

		assertThat(ErasedEvents.scrub(event, ERASED)).isEqualTo(event);
	}

	@Test
	void dataThatIsNotJsonIsLeftAlone() {
		assertThat(ErasedEvents.scrub("{\"bookingId\": [1, 2", ERASED)).isEqualTo("{\"bookingId\": [1, 2");
	}

}
