/**
 * Message content: Thymeleaf templates and the formatting shared by every message.
 */
@NullMarked
package com.spautopia.notification.content;

import org.jspecify.annotations.NullMarked;
