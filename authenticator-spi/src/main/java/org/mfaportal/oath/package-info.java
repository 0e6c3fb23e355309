/**
 * Methods layer: third-party HOTP/TOTP tokens on Keycloak's own otp credential, and their import.
 * Imports the core only; never another method.
 */
package org.mfaportal.oath;
