/**
 * Core layer: text shown to people (catalog text with its language, theme messages in a language).
 * Imports nothing of the project.
 */
package org.mfaportal.text;
