/**
 * Core layer: what every REST resource of the project shares (strict JSON bodies). Imports nothing
 * of the project.
 */
package org.mfaportal.rest;
