package com.spautopia.booking.appointment;

import org.springframework.data.mongodb.repository.MongoRepository;

interface BookingRepository extends MongoRepository<Booking, String> {

}
