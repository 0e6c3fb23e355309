/**
 * Core layer: the small bases of authenticators, conditions, required actions and credential
 * providers, the lockout check every path calls, and when a session last passed a second step.
 * Imports nothing of the project.
 */
package org.mfaportal.flow;
