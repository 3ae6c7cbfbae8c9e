@NullMarked
package com.spautopia.booking.web;

import org.jspecify.annotations.NullMarked;
