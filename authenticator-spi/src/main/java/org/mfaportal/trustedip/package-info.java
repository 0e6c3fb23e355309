/**
 * Methods layer: the condition that skips the second step from trusted ranges (never the setup).
 * Imports the core only; never another method.
 */
package org.mfaportal.trustedip;
