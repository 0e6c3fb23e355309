import "@patternfly/react-core/dist/styles/base.css";
import "@patternfly/patternfly/patternfly-addons.css";
// The library ships its CSS beside the code without exporting it: reach it by path.
import "../node_modules/@keycloak/keycloak-account-ui/lib/keycloak-account-ui.css";

// KeycloakProvider and useEnvironment come from the library: it bundles its own copy of keycloak-ui-shared,
// and its pages read the context of that copy.
import { KeycloakProvider, routes } from "@keycloak/keycloak-account-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { Root } from "./Root";
import { TwoStepVerificationRoute } from "./two-step/route";

// The library's OID4VCI page calls an endpoint that Keycloak 26.5 does not have (see README).
const libraryRoutes = routes.filter((route) => route.path !== "oid4vci");

await i18n.init();

// As Keycloak's own console does: the root route's path is the console's path and there is no basename. The
// library's menu links already carry that path (a basename would add it twice), and a route path matches with or
// without the trailing slash, so ".../account" (the URL ./run prints) renders as ".../account/" does.
const router = createBrowserRouter([
  {
    path: decodeURIComponent(new URL(environment.baseUrl).pathname),
    element: <Root />,
    children: [...libraryRoutes, TwoStepVerificationRoute],
  },
]);

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <KeycloakProvider environment={environment}>
      <RouterProvider router={router} />
    </KeycloakProvider>
  </StrictMode>,
);
