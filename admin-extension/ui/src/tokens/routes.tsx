import { lazy } from "react";
import type { AppRoute } from "../appRoute";

const TokensPage = lazy(() => import("./TokensPage"));

export const TOKENS_PATH = "/mfa-portal/tokens";

export const tokensRoute: AppRoute = {
  path: `/:realm${TOKENS_PATH}`,
  element: <TokensPage />,
  breadcrumb: (t) => t("mfaTokens"),
  handle: { portal: "manageTokens" },
};
