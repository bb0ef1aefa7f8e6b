package de.kmuflow.inventory;

import de.kmuflow.platform.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reordering end to end on PostgreSQL: the stock and order queries, the engine's schema. */
@ActiveProfiles({ "test", "postgres" })
class ReorderEndToEndOnPostgresTest extends ReorderEndToEndTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}
}
