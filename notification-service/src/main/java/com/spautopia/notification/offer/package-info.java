/**
 * Offers from promotion events: sent only with marketing consent, never to opted-out
 * numbers, never in quiet hours (deferred instead).
 */
@NullMarked
package com.spautopia.notification.offer;

import org.jspecify.annotations.NullMarked;
