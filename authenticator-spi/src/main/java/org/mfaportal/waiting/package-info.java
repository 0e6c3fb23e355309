/**
 * Core layer: verifications completed out of band (a call, a text reply, a phone app): tickets in
 * Keycloak's single-use store, the waiting page's long poll, and send limits. Not phone things: the
 * mobile app waits on them too. Imports nothing of the project.
 */
package org.mfaportal.waiting;
