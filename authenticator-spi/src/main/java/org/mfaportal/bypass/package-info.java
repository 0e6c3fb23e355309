/**
 * Methods layer: a one-time, time-limited skip of the second step. Imports the core only; never
 * another method.
 */
package org.mfaportal.bypass;
