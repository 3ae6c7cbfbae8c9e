@NullMarked
package com.spautopia.booking.schedule;

import org.jspecify.annotations.NullMarked;
