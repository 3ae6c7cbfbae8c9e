/**
 * Every message sent: recorded once per cause, channel and purpose before anything is
 * sent, claimed with an atomic conditional update by exactly one instance, sent in
 * parallel under a rate cap with transactional messages first, retried with backoff, and
 * readable per booking over HTTP.
 */
@NullMarked
package com.spautopia.notification.message;

import org.jspecify.annotations.NullMarked;
