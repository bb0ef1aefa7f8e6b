package de.kmuflow.platform.internal;

import java.util.List;

/** A person who logs in, with the groups they work in. */
record Account(String id, String password, String firstName, String lastName, String email, List<String> groups) {
}
