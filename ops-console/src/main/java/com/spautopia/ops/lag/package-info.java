/**
 * Per consumer group: lag per partition, read with Kafka's Admin client.
 */
@NullMarked
package com.spautopia.ops.lag;

import org.jspecify.annotations.NullMarked;
