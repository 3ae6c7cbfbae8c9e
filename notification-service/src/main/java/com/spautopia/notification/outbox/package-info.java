/**
 * The transactional outbox: events stored in the document whose change they record and
 * relayed to {@code spa.notification.events}.
 */
@NullMarked
package com.spautopia.notification.outbox;

import org.jspecify.annotations.NullMarked;
