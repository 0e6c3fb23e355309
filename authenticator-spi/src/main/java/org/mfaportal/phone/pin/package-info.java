/**
 * Phone layer: the PIN. It is no way to sign in of its own: it is only ever given on a phone (keys
 * of a call, words of a text reply) and only the voice and SMS methods ask for it, so it sits in
 * the phone layer both build on, and neither method needs the other.
 */
package org.mfaportal.phone.pin;
