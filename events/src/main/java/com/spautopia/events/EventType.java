package com.spautopia.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentNoShow;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageFailed;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.events.promotion.PromotionEvaluated;

/**
 * Every event type of the platform: its versioned CloudEvents type name, its record, its
 * topic and its JSON Schema. A breaking change to an event gets a new version and a new
 * constant.
 */
public enum EventType {

	APPOINTMENT_REQUESTED("com.spautopia.booking.AppointmentRequested.v1", AppointmentRequested.class,
			Topics.BOOKING_EVENTS),

	APPOINTMENT_CONFIRMED("com.spautopia.booking.AppointmentConfirmed.v1", AppointmentConfirmed.class,
			Topics.BOOKING_EVENTS),

	APPOINTMENT_RESCHEDULED("com.spautopia.booking.AppointmentRescheduled.v1", AppointmentRescheduled.class,
			Topics.BOOKING_EVENTS),

	APPOINTMENT_REPRICED("com.spautopia.booking.AppointmentRepriced.v1", AppointmentRepriced.class,
			Topics.BOOKING_EVENTS),

	APPOINTMENT_LANGUAGE_CHANGED("com.spautopia.booking.AppointmentLanguageChanged.v1",
			AppointmentLanguageChanged.class, Topics.BOOKING_EVENTS),

	APPOINTMENT_CANCELLED("com.spautopia.booking.AppointmentCancelled.v1", AppointmentCancelled.class,
			Topics.BOOKING_EVENTS),

	APPOINTMENT_COMPLETED("com.spautopia.booking.AppointmentCompleted.v1", AppointmentCompleted.class,
			Topics.BOOKING_EVENTS),

	APPOINTMENT_NO_SHOW("com.spautopia.booking.AppointmentNoShow.v1", AppointmentNoShow.class, Topics.BOOKING_EVENTS),

	CLIENT_CONSENTS_CHANGED("com.spautopia.booking.ClientConsentsChanged.v1", ClientConsentsChanged.class,
			Topics.BOOKING_EVENTS),

	CLIENT_ERASED("com.spautopia.booking.ClientErased.v1", ClientErased.class, Topics.BOOKING_EVENTS),

	SLOT_FREED("com.spautopia.booking.SlotFreed.v1", SlotFreed.class, Topics.BOOKING_EVENTS),

	WAITLIST_OFFER_MADE("com.spautopia.booking.WaitlistOfferMade.v1", WaitlistOfferMade.class, Topics.BOOKING_EVENTS),

	WAITLIST_OFFER_ENDED("com.spautopia.booking.WaitlistOfferEnded.v1", WaitlistOfferEnded.class,
			Topics.BOOKING_EVENTS),

	PROMOTION_EVALUATED("com.spautopia.promotion.PromotionEvaluated.v1", PromotionEvaluated.class,
			Topics.PROMOTION_EVENTS),

	OFFER_ISSUED("com.spautopia.promotion.OfferIssued.v1", OfferIssued.class, Topics.PROMOTION_EVENTS),

	MESSAGE_DELIVERED("com.spautopia.notification.MessageDelivered.v1", MessageDelivered.class,
			Topics.NOTIFICATION_EVENTS),

	MESSAGE_SENT("com.spautopia.notification.MessageSent.v1", MessageSent.class, Topics.NOTIFICATION_EVENTS),

	MESSAGE_FAILED("com.spautopia.notification.MessageFailed.v1", MessageFailed.class, Topics.NOTIFICATION_EVENTS),

	CLIENT_OPTED_OUT("com.spautopia.notification.ClientOptedOut.v1", ClientOptedOut.class, Topics.NOTIFICATION_EVENTS),

	CLIENT_OPTED_IN("com.spautopia.notification.ClientOptedIn.v1", ClientOptedIn.class, Topics.NOTIFICATION_EVENTS),

	APPOINTMENT_CONFIRMED_BY_CLIENT("com.spautopia.notification.AppointmentConfirmedByClient.v1",
			AppointmentConfirmedByClient.class, Topics.NOTIFICATION_EVENTS);

	private static final Map<String, EventType> BY_TYPE_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

	private static final Map<Class<?>, EventType> BY_CLASS = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::eventClass, Function.identity()));

	private final String typeName;

	private final Class<? extends SpaEvent> eventClass;

	private final String topic;

	EventType(String typeName, Class<? extends SpaEvent> eventClass, String topic) {
		this.typeName = typeName;
		this.eventClass = eventClass;
		this.topic = topic;
	}

	/**
	 * The CloudEvents {@code type} attribute.
	 * @return the versioned type name
	 */
	public String typeName() {
		return this.typeName;
	}

	public Class<? extends SpaEvent> eventClass() {
		return this.eventClass;
	}

	/**
	 * The topic events of this type are published to.
	 * @return the topic name
	 */
	public String topic() {
		return this.topic;
	}

	/**
	 * The classpath location of this type's JSON Schema.
	 * @return the resource path
	 */
	public String schemaResource() {
		return "schemas/" + this.typeName + ".schema.json";
	}

	public static EventType of(SpaEvent event) {
		EventType type = BY_CLASS.get(event.getClass());
		if (type == null) {
			throw new IllegalArgumentException(event.getClass().getName() + " is not a registered event type");
		}
		return type;
	}

	public static Optional<EventType> ofTypeName(String typeName) {
		return Optional.ofNullable(BY_TYPE_NAME.get(typeName));
	}

}
