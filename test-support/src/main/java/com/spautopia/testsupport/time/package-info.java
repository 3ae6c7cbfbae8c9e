/**
 * Time for tests: the only place a test may read the real clock. {@link SpaCalendar}
 * finds days that suit a test (open, with free time, no DST change) whatever today is;
 * {@link TestClock} is a clock a test can set and move; {@link WallClock} gives the real
 * instant for values whose exact time does not matter; {@link RealClockRule} is the
 * architecture rule that keeps every other test class off the real clock.
 */
@NullMarked
package com.spautopia.testsupport.time;

import org.jspecify.annotations.NullMarked;
