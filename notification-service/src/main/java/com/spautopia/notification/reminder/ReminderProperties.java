package com.spautopia.notification.reminder;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When clients are reminded of their appointments.
 *
 * @param offsets how long before the start each reminder is sent (24 h and 2 h by
 * default)
 * @param minimumLead how long before the start a reminder is still worth sending: one due
 * while the service was down is sent on restart only until then
 * @param pollInterval how often due reminders are looked for
 * @param lease how long a claimed reminder stays with its instance
 */
@ConfigurationProperties("spa.notification.reminders")
@Validated
public record ReminderProperties(@NotNull @DefaultValue( {
		"24h", "2h" }) List<Duration> offsets, @DefaultValue("15m") Duration minimumLead,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2m") Duration lease){

	public ReminderProperties {
		offsets = List.copyOf(offsets);
	}

}
