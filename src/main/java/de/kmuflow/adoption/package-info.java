/**
 * The six KMU trends, their measures and the working time the automation saves.
 */
package de.kmuflow.adoption;
