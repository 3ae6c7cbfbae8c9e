package com.spautopia.promotion.support;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells background work that the application is shutting down, so that it stops between
 * steps instead of starting new ones.
 */
@Component
public class ShutdownSignal {

	private volatile boolean stopping;

	@EventListener(ContextClosedEvent.class)
	void contextClosed() {
		this.stopping = true;
	}

	public boolean stopping() {
		return this.stopping;
	}

}
