/**
 * Phone layer: numbers, sending texts and calls through the {@code PhoneGateway} SPI, the pages
 * shared by the voice and SMS methods, and the PIN they may ask for. Imports only the core.
 */
package org.mfaportal.phone;
