import { lazy } from "react";
import type { AppRoute } from "../appRoute";

const GroupInvitationsPage = lazy(() => import("./GroupInvitationsPage"));

export const INVITATIONS_PATH = "/mfa-portal/invitations";

export const invitationsRoute: AppRoute = {
  path: `/:realm${INVITATIONS_PATH}`,
  element: <GroupInvitationsPage />,
  breadcrumb: (t) => t("mfaInvitations"),
  // Which members may be invited is answered per user by POST groups/{id}/invitations.
  handle: {},
};
