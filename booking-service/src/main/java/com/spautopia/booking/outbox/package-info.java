@NullMarked
package com.spautopia.booking.outbox;

import org.jspecify.annotations.NullMarked;
