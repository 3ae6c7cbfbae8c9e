package com.spautopia.notification.content;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every message says about the sender.
 *
 * @param spaName the spa's name as clients know it
 */
@ConfigurationProperties("spa.notification")
@Validated
public record NotificationProperties(@NotBlank @DefaultValue("Spa Utopia") String spaName) {
}
