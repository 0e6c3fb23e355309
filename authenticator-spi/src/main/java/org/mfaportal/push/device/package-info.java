/**
 * The REST the phone app calls (activation, polling, answering) with what it needs: activation
 * offers, the challenge JSON, the user's registered devices. Imports push.challenge and below (see
 * the order in org.mfaportal.push).
 */
package org.mfaportal.push.device;
