/**
 * Items, stock movements, reorder points, purchase orders and goods receipts.
 */
package de.kmuflow.inventory;
