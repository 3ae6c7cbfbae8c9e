/**
 * The client view: visits, treatments, no-shows, consents and tags, built from
 * appointment and consent events.
 */
@NullMarked
package com.spautopia.promotion.client;

import org.jspecify.annotations.NullMarked;
