/**
 * Core layer: the small bases of authenticators, conditions, required actions and credential
 * providers, and the lockout check every path calls. Imports nothing of the project.
 */
package org.mfaportal.flow;
