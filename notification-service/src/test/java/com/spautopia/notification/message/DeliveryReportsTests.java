package com.spautopia.notification.message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of Twilio's statuses end a message, and how.
 */
class DeliveryReportsTests {

	@ParameterizedTest
	@CsvSource({ "delivered, DELIVERED", "DELIVERED, DELIVERED", "read, DELIVERED", "undelivered, UNDELIVERED",
			"failed, FAILED", "canceled, FAILED" })
	void finalStatusesEndTheMessage(String twilioStatus, NotificationStatus status) {
		assertThat(DeliveryReports.finalStatus(twilioStatus)).isEqualTo(status);
	}

	@ParameterizedTest
	@CsvSource({ "queued", "accepted", "scheduled", "sending", "sent" })
	void statusesOnTheWayLeaveItOpen(String twilioStatus) {
		assertThat(DeliveryReports.finalStatus(twilioStatus)).isNull();
	}

}
