/**
 * Methods layer: phone calls, where the user presses # (or the PIN, then #). Imports the phone
 * layer and the core only; never another method.
 */
package org.mfaportal.voice;
