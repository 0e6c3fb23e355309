/**
 * Methods layer: the mobile app (privacyIDEA's push protocol): approve or deny, with number
 * matching. Imports the core only; never another method.
 */
package org.mfaportal.push;
