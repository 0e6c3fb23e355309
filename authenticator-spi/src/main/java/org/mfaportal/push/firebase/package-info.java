/**
 * The "firebase" provider of mfa-push-notifier (issue 17.3): a Firebase Cloud Messaging (HTTP v1)
 * wake-up carrying the same signed challenge that a poll returns, as privacyIDEA's server sends it.
 * Sent after the challenge is stored, on a worker thread, and never in the sign-in's way: every
 * failure is logged (without tokens) and the app polls. Sits above push.device (it signs the
 * challenge as a poll would); nothing imports it, the realm's setting picks it through the SPI.
 */
package org.mfaportal.push.firebase;
