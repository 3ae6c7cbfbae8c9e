@NullMarked
package com.spautopia.booking.booking;

import org.jspecify.annotations.NullMarked;
