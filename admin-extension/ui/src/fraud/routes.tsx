import type { AppRoute } from "../appRoute";
import { lazy } from "react";

const FraudPage = lazy(() => import("./FraudPage"));

export const FRAUD_PATH = "/mfa-portal/fraud";

export const fraudRoute: AppRoute = {
  path: `/:realm${FRAUD_PATH}`,
  element: <FraudPage />,
  breadcrumb: (t) => t("mfaFraudAndLockouts"),
  handle: { portal: "viewFraud" },
};
