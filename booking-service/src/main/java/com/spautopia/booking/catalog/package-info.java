@NullMarked
package com.spautopia.booking.catalog;

import org.jspecify.annotations.NullMarked;
