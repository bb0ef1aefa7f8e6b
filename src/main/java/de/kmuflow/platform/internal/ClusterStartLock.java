package de.kmuflow.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment on one empty PostgreSQL database would all create the engine's
 * schema (and the groups, filters and accounts after it) and all but one would die on duplicate keys.
 * One node at a time does its start-up work: a PostgreSQL advisory lock is taken before the engine
 * checks its schema and held until the node is ready (the groups, filters and accounts come after the
 * engine), or until its start failed. Flyway locks on its own.
 * A single-node H2 database needs no lock.
 */
@Component
class ClusterStartLock extends AbstractProcessEnginePlugin implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ClusterStartLock.class);

	/** Any fixed number: the lock's name among the database's advisory locks ("kmu-start"). */
	static final long LOCK_KEY = 0x6b6d752d7374L;

	private final DataSource dataSource;
	private Connection held;

	ClusterStartLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		try {
			Connection connection = dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return;
			}
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				var free = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")");
				free.next();
				if (!free.getBoolean(1)) {
					log.info("Another node is starting on this database; waiting for it to finish its start-up");
					statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
				}
			}
			held = connection;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot take the start-up lock on the database: " + e.getMessage(), e);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		release();
	}

	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (held == null) {
			return;
		}
		try (Connection connection = held) {
			held = null;
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
			}
		}
		catch (SQLException e) {
			// closing the session ends the lock as well
			log.warn("Releasing the start-up lock: {}", e.getMessage());
		}
	}
}
