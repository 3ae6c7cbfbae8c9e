@NullMarked
package com.spautopia.booking.spa;

import org.jspecify.annotations.NullMarked;
