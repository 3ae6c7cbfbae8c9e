package com.spautopia.events;

/**
 * An event of the Spa Utopia platform. Every event belongs to one aggregate, whose id is
 * the Kafka record key, so that all events of one aggregate stay in order on one
 * partition.
 */
public interface SpaEvent {

	/**
	 * The id of the aggregate this event belongs to; used as the record key and as the
	 * CloudEvents {@code subject}.
	 * @return the aggregate id
	 */
	String aggregateId();

}
