package com.spautopia.testsupport.infra;

import com.spautopia.testsupport.infra.SpaInfrastructure.Mode;

/**
 * Infrastructure that already runs elsewhere, addressed by environment variables.
 */
final class EnvironmentInfrastructure {

	private EnvironmentInfrastructure() {
	}

	static StartedInfrastructure start() {
		String kafka = InfrastructureModes.required(InfrastructureModes.KAFKA_ENV);
		String mongo = InfrastructureModes.required(InfrastructureModes.MONGODB_ENV);
		String description = "Kafka " + kafka + ", MongoDB " + MongoUris.redacted(mongo);
		return new StartedInfrastructure(Mode.ENV, kafka, mongo, description, () -> {
		});
	}

}
