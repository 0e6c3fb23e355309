/**
 * Methods layer: one-time codes by text message, typed in the browser or replied. Imports the phone
 * layer and the core only; never another method.
 */
package org.mfaportal.sms;
