@NullMarked
package com.spautopia.booking.client;

import org.jspecify.annotations.NullMarked;
