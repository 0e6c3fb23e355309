/**
 * Enrollment invitations (issue 14.6): Keycloak's execute-actions email carrying the portal's
 * {@code mfa-portal-enroll} action, sent by an administrator to a user or a group's members, or to
 * a user an administrator creates when the realm's {@code invitationOnImport} is on.
 */
package org.mfaportal.admin.invitations;
