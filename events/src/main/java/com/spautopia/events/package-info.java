/**
 * The Spa Utopia event contract: immutable event records, their topics and CloudEvents
 * type names, their JSON Schemas and the mapping to and from Kafka messages in
 * CloudEvents 1.0 binary mode.
 */
@NullMarked
package com.spautopia.events;

import org.jspecify.annotations.NullMarked;
