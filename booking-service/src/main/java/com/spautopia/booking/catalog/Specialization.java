package com.spautopia.booking.catalog;

/**
 * What a therapist is qualified to give; every treatment needs one.
 */
public enum Specialization {

	BACK_PAIN, DEEP_TISSUE, SWEDISH, SPORTS, TRIGGER_POINT, POSTURE, KIDS

}
