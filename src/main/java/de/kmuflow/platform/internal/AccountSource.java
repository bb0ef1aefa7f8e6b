package de.kmuflow.platform.internal;

import java.util.List;

/** Where the accounts created at start-up come from: demo users, or the administrator of a production setup. */
interface AccountSource {

	List<Account> accounts();
}
