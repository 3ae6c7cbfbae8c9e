/**
 * What every channel shares: the failure a send reports and the masking of recipients in
 * logs.
 */
@NullMarked
package com.spautopia.notification.delivery;

import org.jspecify.annotations.NullMarked;
