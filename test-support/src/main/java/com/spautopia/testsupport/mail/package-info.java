/**
 * A real SMTP server (GreenMail) that keeps what it receives, parsed for assertions.
 */
@NullMarked
package com.spautopia.testsupport.mail;

import org.jspecify.annotations.NullMarked;
