/**
 * Core layer: what follows when a user reports fraud (0# on a call, a denial in the mobile app):
 * which events are such reports, the block of the user's second step and the email to the realm's
 * fraud alert recipients. Imports only other core packages (settings, flow).
 */
package org.mfaportal.fraud;
