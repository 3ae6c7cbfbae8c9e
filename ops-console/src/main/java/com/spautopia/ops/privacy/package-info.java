/**
 * What the console keeps of personal data: phone numbers and email addresses masked.
 */
@NullMarked
package com.spautopia.ops.privacy;

import org.jspecify.annotations.NullMarked;
