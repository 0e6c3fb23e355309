import { lazy } from "react";
import { generatePath } from "react-router-dom";
import type { AppRoute } from "../appRoute";

const UserSecondFactorsPage = lazy(() => import("./UserSecondFactorsPage"));

const PATH = "/:realm/mfa-portal/users/:id";

export const toUserSecondFactors = (realm: string, id: string) => generatePath(PATH, { realm, id });

export const userSecondFactorsRoute: AppRoute = {
  path: PATH,
  element: <UserSecondFactorsPage />,
  breadcrumb: (t) => t("mfaUserSecondFactors"),
  // Which users the administrator may see is answered per user by GET mfa-portal/users/{id}.
  handle: {},
};
