/**
 * Top layer: the portal REST API behind the account page (methods, default method, extras, bypass).
 * May import every layer below; only the realm resource root in web imports it.
 */
package org.mfaportal.portal;
