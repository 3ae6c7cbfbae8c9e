package com.spautopia.notification.content;

import java.time.ZoneOffset;

import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.notification.AppointmentConfirmedMother;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentFormatTests {

	@Test
	void showsStartInSpaZoneWithZoneNamed() {
		AppointmentDetails appointment = AppointmentConfirmedMother.confirmed().appointment();

		assertThat(AppointmentFormat.localStart(appointment)).isEqualTo(AppointmentConfirmedMother.LOCAL_START);
	}

	@Test
	void convertsStartGivenInAnotherOffsetToSpaZone() {
		AppointmentDetails warsaw = AppointmentConfirmedMother.confirmed().appointment();
		AppointmentDetails utc = new AppointmentDetails(warsaw.treatmentId(), warsaw.treatmentName(),
				warsaw.therapistId(), warsaw.therapistName(), warsaw.start().withOffsetSameInstant(ZoneOffset.UTC),
				warsaw.end(), "Europe/Warsaw", warsaw.listPrice());

		assertThat(AppointmentFormat.localStart(utc)).isEqualTo(AppointmentConfirmedMother.LOCAL_START);
	}

	@Test
	void greetsClientByFirstName() {
		assertThat(AppointmentFormat.firstName(" Anna Maria Kowalska ")).isEqualTo("Anna");
		assertThat(AppointmentFormat.firstName("Cher")).isEqualTo("Cher");
	}

}
