package com.spautopia.testsupport.infra;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared infrastructure before the tests of a class.
 */
final class SpaInfrastructureExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		SpaInfrastructure.shared();
	}

}
