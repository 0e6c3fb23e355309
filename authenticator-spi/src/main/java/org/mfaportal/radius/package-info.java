/**
 * RADIUS as the first step of a sign-in (issue 15.3): Keycloak's username and password form whose
 * password goes to a RADIUS server (PAP, with Message-Authenticator both ways), with a second
 * server to fail over to. Beside the methods: it establishes who the user is and leaves the second
 * step to the rest of the flow. Imports only the core.
 */
package org.mfaportal.radius;
