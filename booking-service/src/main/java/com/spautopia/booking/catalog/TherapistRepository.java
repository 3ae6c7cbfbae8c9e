package com.spautopia.booking.catalog;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface TherapistRepository extends MongoRepository<Therapist, String> {

}
