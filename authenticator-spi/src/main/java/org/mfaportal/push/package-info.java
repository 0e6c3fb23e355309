/**
 * Methods layer: the mobile app (privacyIDEA's push protocol): approve or deny, with number
 * matching. Imports the core only; never another method.
 *
 * <p>Inside, imports point down only (ArchitectureTest finds no cycle in any package):
 *
 * <pre>
 * push             the authenticator (sign-in), its factory, the credential provider
 * push.enrollment  the setup required action: QR code, activation, first approval
 * push.device      the REST the phone app calls (activation, polls, answers), activation offers, device list
 * push.challenge   the challenge store, limits, sending a request, what became of it, the wait page
 * push.notify      how a challenge reaches a phone (SPI: the app polls, or push.firebase wakes it)
 * push.firebase    the Firebase Cloud Messaging notifier (above push.device; reached only through the SPI)
 * push.base        what everything shares: the credential type, messages, the device and challenge records
 * push.protocol    privacyIDEA's wire format: signatures, keys, URIs, JSON (imports nothing of push)
 * </pre>
 */
package org.mfaportal.push;
