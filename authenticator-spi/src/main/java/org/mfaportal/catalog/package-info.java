/**
 * Core layer, above settings and flow: the one list of sign-in methods ({@link
 * org.mfaportal.catalog.Method}) and what follows from it alone: which methods a user holds (second
 * factor, default method) and the page to choose one to set up. Plain ids only, so methods,
 * enrollment and the portal all read it; it imports no method.
 */
package org.mfaportal.catalog;
