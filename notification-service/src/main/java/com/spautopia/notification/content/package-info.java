/**
 * Message content: Thymeleaf templates, SMS segment counting and the formatting shared by
 * every message.
 */
@NullMarked
package com.spautopia.notification.content;

import org.jspecify.annotations.NullMarked;
