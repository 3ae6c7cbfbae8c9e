/**
 * Runs the whole Spa Utopia platform on this machine without Docker: a real Kafka broker
 * process, the embedded MongoDB-compatible server, the SMS simulator, an SMTP server, a
 * page showing what was sent, and the three services as child processes.
 */
@NullMarked
package com.spautopia.localstack;

import org.jspecify.annotations.NullMarked;
