/**
 * One booking's timeline: every event of the three topics indexed by booking id.
 */
@NullMarked
package com.spautopia.ops.timeline;

import org.jspecify.annotations.NullMarked;
