import "@patternfly/patternfly/patternfly-addons.css";
import "@patternfly/react-core/dist/styles/base.css";
import "@keycloak/keycloak-admin-ui/styles.css";

// The library bundles its own copy of ui-shared: its KeycloakProvider is the one its pages read.
import { KeycloakProvider, routes } from "@keycloak/keycloak-admin-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createHashRouter, RouterProvider } from "react-router-dom";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { PortalApp } from "./PortalApp";
import { portalRoutes } from "./portalRoutes";

await i18n.init();

// Keycloak's own routes plus the portal's; like Keycloak's console, the route lives in the URL's hash.
const router = createHashRouter([
  {
    path: "/",
    element: (
      <KeycloakProvider environment={environment}>
        <PortalApp />
      </KeycloakProvider>
    ),
    children: [...portalRoutes, ...routes],
  },
]);

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
