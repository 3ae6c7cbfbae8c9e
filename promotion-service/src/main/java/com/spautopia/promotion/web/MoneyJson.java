package com.spautopia.promotion.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.spautopia.events.Money;

import org.springframework.boot.jackson.JacksonMixin;

/**
 * Writes {@link Money} as its amount and currency only (not its {@code isZero()}).
 */
@JacksonMixin(Money.class)
@JsonIgnoreProperties("zero")
abstract class MoneyJson {

}
