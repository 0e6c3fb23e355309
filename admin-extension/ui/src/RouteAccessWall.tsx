import { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import { ForbiddenSection, useAccess } from "@keycloak/keycloak-admin-ui";
import { KeycloakSpinner } from "@keycloak/keycloak-ui-shared";
import { PropsWithChildren } from "react";
import { useMatches } from "react-router-dom";
import { PortalAbilities, usePortalAbilities } from "./access/PortalAbilities";

/** What a route's handle may require: Keycloak's realm-management roles, or one of the portal's abilities. */
export type RouteHandle = {
  access?: AccessType | AccessType[];
  portal?: keyof Omit<PortalAbilities, "roles">;
};

/** Shows a route only to admins holding what its handle names (the library's own wall is not exported). */
export const RouteAccessWall = ({ children }: PropsWithChildren) => {
  const { hasAccess } = useAccess();
  const abilities = usePortalAbilities();
  const handles = useMatches().map(({ handle }) => (handle ?? {}) as RouteHandle);
  const needed = handles.flatMap(({ access }) =>
    access === undefined ? [] : Array.isArray(access) ? access : [access],
  );
  const portalNeeded = handles.flatMap(({ portal }) => (portal === undefined ? [] : [portal]));
  if (portalNeeded.length > 0 && !abilities) {
    return <KeycloakSpinner />;
  }
  const allowed = hasAccess(...needed) && portalNeeded.every((ability) => abilities![ability]);
  return allowed ? <>{children}</> : <ForbiddenSection permissionNeeded={needed} />;
};
