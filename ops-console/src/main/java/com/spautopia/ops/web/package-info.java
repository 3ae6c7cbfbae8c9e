/**
 * The operators' page.
 */
@NullMarked
package com.spautopia.ops.web;

import org.jspecify.annotations.NullMarked;
