/**
 * Core layer: verifications completed out of band (a call, a text reply, a phone app): tickets in
 * Keycloak's single-use store, the waiting page's long poll, send limits, and what a sign-in left
 * open (LeftOpen, closed through the Hangup SPI). Not phone things: the mobile app waits on them
 * too, and every method closes what another left. Imports nothing of the project.
 */
package org.mfaportal.waiting;
