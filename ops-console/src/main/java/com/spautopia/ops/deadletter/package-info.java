/**
 * Dead-letter topics: their messages, replay to the original topic (once) and discard.
 */
@NullMarked
package com.spautopia.ops.deadletter;

import org.jspecify.annotations.NullMarked;
