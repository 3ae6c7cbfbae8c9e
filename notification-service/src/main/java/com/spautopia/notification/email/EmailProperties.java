package com.spautopia.notification.email;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this service's emails are sent; the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender, such as {@code Spa Utopia <bookings@spautopia.example>}
 */
@ConfigurationProperties("spa.mail")
@Validated
public record EmailProperties(@NotBlank @DefaultValue("Spa Utopia <bookings@spautopia.example>") String from) {
}
