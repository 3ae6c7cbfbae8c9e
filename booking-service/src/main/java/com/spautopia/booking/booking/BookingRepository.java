package com.spautopia.booking.booking;

import org.springframework.data.mongodb.repository.MongoRepository;

interface BookingRepository extends MongoRepository<Booking, String> {

}
