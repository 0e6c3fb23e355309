/**
 * Core layer: the portal options of a realm, each key, type and default defined once in {@link
 * org.mfaportal.settings.PortalSetting}. Imports only other core packages (network).
 */
package org.mfaportal.settings;
