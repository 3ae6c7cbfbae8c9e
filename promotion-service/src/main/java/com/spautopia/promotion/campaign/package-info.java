/**
 * Marketing campaigns: audience, preview, launch (resumable after a restart) and stats.
 */
@NullMarked
package com.spautopia.promotion.campaign;

import org.jspecify.annotations.NullMarked;
