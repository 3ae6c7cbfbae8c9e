/**
 * A small web page showing the SMS and emails the platform sent during a local run.
 */
@NullMarked
package com.spautopia.testsupport.inbox;

import org.jspecify.annotations.NullMarked;
