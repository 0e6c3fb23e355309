/**
 * privacyIDEA's push wire format: signatures, RSA keys, base32, the enrollment URI, timestamps, the
 * JSON envelope. The bottom of push: imports nothing of it.
 */
package org.mfaportal.push.protocol;
