package de.kmuflow.platform.internal;

import static de.kmuflow.platform.Groups.ACCOUNTING;
import static de.kmuflow.platform.Groups.MANAGEMENT;
import static de.kmuflow.platform.Groups.OPS;
import static de.kmuflow.platform.Groups.PURCHASING;
import static de.kmuflow.platform.Groups.WAREHOUSE;

import java.util.List;

import de.kmuflow.platform.Groups;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo logins, as listed in the README; never in the production profile. */
@Component
@Profile("!prod")
class DemoAccounts implements AccountSource {

	@Override
	public List<Account> accounts() {
		return List.of(
				new Account("demo", "demo", "Demo", "Admin", "demo@kmu-flow.example", Groups.ALL),
				new Account("clara", "clara", "Clara", "Buchhaltung", "clara@kmu-flow.example", List.of(ACCOUNTING)),
				new Account("martin", "martin", "Martin", "Geschäftsführung", "martin@kmu-flow.example", List.of(MANAGEMENT)),
				new Account("paula", "paula", "Paula", "Einkauf", "paula@kmu-flow.example", List.of(PURCHASING)),
				new Account("lars", "lars", "Lars", "Lager", "lars@kmu-flow.example", List.of(WAREHOUSE)),
				new Account("otto", "otto", "Otto", "Betrieb", "otto@kmu-flow.example", List.of(OPS)));
	}
}
