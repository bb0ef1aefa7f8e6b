package de.kmuflow.platform.internal;

import java.util.List;
import java.util.UUID;

import de.kmuflow.platform.PostgresServer;

/** The event publication registry on PostgreSQL: a database of its own on the shared test server. */
class EventPublicationRegistryOnPostgresTest extends EventPublicationRegistryTest {

	private String database;

	@Override
	List<String> database() {
		if (database == null) {
			database = "events_" + UUID.randomUUID().toString().substring(0, 8);
			PostgresServer.shared().createDatabase(database);
		}
		return PostgresServer.shared().springProperties(database);
	}

	@Override
	List<String> profile() {
		return List.of("spring.profiles.active=postgres");
	}
}
