/**
 * Kafka clients of the console and reading record headers.
 */
@NullMarked
package com.spautopia.ops.kafka;

import org.jspecify.annotations.NullMarked;
