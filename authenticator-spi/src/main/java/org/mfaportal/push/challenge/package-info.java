/**
 * The challenge store and the requests around it: limits, sending a push, number matching, what
 * became of it, and the page the browser waits on. Imports push.notify, push.base, push.protocol
 * (see the order in org.mfaportal.push).
 */
package org.mfaportal.push.challenge;
