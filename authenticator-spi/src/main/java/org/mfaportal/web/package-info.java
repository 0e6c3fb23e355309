/**
 * Top layer: the root of /realms/{realm}/mfa-portal, handing each path to its area's resource.
 * Nothing imports it.
 */
package org.mfaportal.web;
