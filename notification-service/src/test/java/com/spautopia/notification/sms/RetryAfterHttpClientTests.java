package com.spautopia.notification.sms;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;
import com.spautopia.testsupport.time.WallClock;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterHttpClientTests {

	@Test
	void readsRetryAfterInSeconds() {
		assertThat(RetryAfterHttpClient.parse(new Header[] { new BasicHeader("Retry-After", "3") }))
			.isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void readsRetryAfterAsHttpDate() {
		String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(WallClock.now().plusSeconds(60).atZone(ZoneOffset.UTC));

		assertThat(RetryAfterHttpClient.parse(new Header[] { new BasicHeader("retry-after", inAMinute) }))
			.isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
	}

	@Test
	void noOrUnreadableRetryAfterIsNone() {
		assertThat(RetryAfterHttpClient.parse(new Header[] { new BasicHeader("Content-Type", "text/plain") })).isNull();
		assertThat(RetryAfterHttpClient.parse(new Header[] { new BasicHeader("Retry-After", "soon") })).isNull();
		assertThat(RetryAfterHttpClient.parse(null)).isNull();
	}

}
