/**
 * The treatments promotions may target, with their list prices, so that promotions name
 * only known treatments and quotes know what a treatment costs.
 */
@NullMarked
package com.spautopia.promotion.catalog;

import org.jspecify.annotations.NullMarked;
