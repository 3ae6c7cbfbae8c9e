/**
 * The ops console: an API under {@code /api/ops} and a page at {@code /ops}.
 */
@NullMarked
package com.spautopia.ops;

import org.jspecify.annotations.NullMarked;
