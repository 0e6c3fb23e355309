import { lazy } from "react";
import type { RouteObject } from "react-router-dom";

const TwoStepVerification = lazy(() => import("./TwoStepVerification"));

/** Listed in the menu by content.json (label mfaPortalTwoStepTitle). */
export const TwoStepVerificationRoute: RouteObject = {
  path: "account-security/two-step-verification",
  element: <TwoStepVerification />,
};
