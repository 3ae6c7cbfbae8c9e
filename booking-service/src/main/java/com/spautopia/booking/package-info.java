@NullMarked
package com.spautopia.booking;

import org.jspecify.annotations.NullMarked;
