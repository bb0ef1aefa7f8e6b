package de.kmuflow.adoption.internal;

import de.kmuflow.platform.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The time-saved ledger on PostgreSQL: its native queries over the engine's history tables. */
@ActiveProfiles({ "test", "postgres" })
class TimeSavedOnPostgresTest extends TimeSavedTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}
}
