import type { AppRoute } from "./appRoute";
import { invitationsRoute } from "./invitations/routes";
import { fraudRoute } from "./fraud/routes";
import { portalSettingsRoute } from "./settings/routes";
import { tokensRoute } from "./tokens/routes";
import { userSecondFactorsRoute } from "./users/routes";

/** The portal's pages, added to Keycloak's own console routes. */
export const portalRoutes: AppRoute[] = [
  portalSettingsRoute,
  userSecondFactorsRoute,
  tokensRoute,
  fraudRoute,
  invitationsRoute,
];
