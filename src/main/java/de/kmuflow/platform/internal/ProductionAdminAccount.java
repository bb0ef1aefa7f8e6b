package de.kmuflow.platform.internal;

import java.util.List;

import de.kmuflow.platform.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the only account created at start-up is the administrator named by the
 * environment; without it the application refuses to start rather than run with no way in.
 */
@Component
@Profile("prod")
class ProductionAdminAccount implements AccountSource {

	private final Account admin;

	ProductionAdminAccount(@Value("${kmuflow.admin.user:}") String user,
			@Value("${kmuflow.admin.password:}") String password) {
		if (user.isBlank() || password.isBlank()) {
			throw new IllegalStateException(
					"Profile 'prod' needs the administrator from the environment: set KMUFLOW_ADMIN_USER and KMUFLOW_ADMIN_PASSWORD");
		}
		if (password.length() < 12) {
			throw new IllegalStateException("KMUFLOW_ADMIN_PASSWORD must have at least 12 characters");
		}
		this.admin = new Account(user, password, "Administrator", "kmu-flow", null, List.of(Groups.ADMIN, Groups.OPS));
	}

	@Override
	public List<Account> accounts() {
		return List.of(admin);
	}
}
