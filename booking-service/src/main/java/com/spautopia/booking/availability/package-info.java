@NullMarked
package com.spautopia.booking.availability;

import org.jspecify.annotations.NullMarked;
