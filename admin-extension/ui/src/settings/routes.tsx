import type { AppRoute } from "../appRoute";
import { lazy } from "react";

const PortalSettingsPage = lazy(() => import("./PortalSettingsPage"));

export const PORTAL_SETTINGS_PATH = "/mfa-portal/settings";

export const portalSettingsRoute: AppRoute = {
  path: `/:realm${PORTAL_SETTINGS_PATH}`,
  element: <PortalSettingsPage />,
  breadcrumb: (t) => t("mfaPortalSettings"),
  handle: { portal: "viewSettings" },
};
