/**
 * Per topic: messages per second from sampled end offsets and the last event.
 */
@NullMarked
package com.spautopia.ops.topics;

import org.jspecify.annotations.NullMarked;
