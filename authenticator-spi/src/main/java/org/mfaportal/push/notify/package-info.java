/**
 * How a challenge reaches the phone: an SPI with one poll-only provider today (the app fetches open
 * challenges). Imports push.base only (see the order in org.mfaportal.push).
 */
package org.mfaportal.push.notify;
