/**
 * Security, users and groups, engine and web configuration, and the shared page layout.
 */
package de.kmuflow.platform;
