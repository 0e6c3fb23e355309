/**
 * The bottom of push above the protocol: what every layer shares - the credential type, the message
 * keys, the device and challenge records and the browser reference a challenge keeps. Imports only
 * push.protocol (see the order in org.mfaportal.push).
 */
package org.mfaportal.push.base;
