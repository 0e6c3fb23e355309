import { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import { ForbiddenSection, useAccess } from "@keycloak/keycloak-admin-ui";
import { PropsWithChildren } from "react";
import { useMatches } from "react-router-dom";

/** Shows a route only to admins holding the roles its handle names (the library's own wall is not exported). */
export const RouteAccessWall = ({ children }: PropsWithChildren) => {
  const { hasAccess } = useAccess();
  const needed = useMatches().flatMap(({ handle }) => {
    const access = (handle as { access?: AccessType | AccessType[] } | undefined)?.access;
    return access === undefined ? [] : Array.isArray(access) ? access : [access];
  });
  return hasAccess(...needed) ? <>{children}</> : <ForbiddenSection permissionNeeded={needed} />;
};
