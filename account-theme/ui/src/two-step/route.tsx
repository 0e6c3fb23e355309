import type { RouteObject } from "react-router-dom";
import TwoStepVerification from "./TwoStepVerification";

/** Listed in the menu by content.json (label mfaPortalTwoStepTitle). Not lazy: the server preloads the entry's
 * static imports by their manifest keys, so the entry must stay one chunk. */
export const TwoStepVerificationRoute: RouteObject = {
  path: "account-security/two-step-verification",
  element: <TwoStepVerification />,
};
