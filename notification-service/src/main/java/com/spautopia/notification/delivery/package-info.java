/**
 * What every channel shares: the failure a send reports, the masking of recipients in
 * logs and the id of this running instance.
 */
@NullMarked
package com.spautopia.notification.delivery;

import org.jspecify.annotations.NullMarked;
