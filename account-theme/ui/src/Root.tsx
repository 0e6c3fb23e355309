import { Header, PageNav } from "@keycloak/keycloak-account-ui";
import { KeycloakSpinner } from "@keycloak/keycloak-ui-shared";
import { Page } from "@patternfly/react-core";
import { Suspense } from "react";
import { Outlet } from "react-router-dom";

/** The console's frame, as in Keycloak's own account console: header, menu (content.json), page. */
export const Root = () => (
  <Page header={<Header />} sidebar={<PageNav />} isManagedSidebar>
    <Suspense fallback={<KeycloakSpinner />}>
      <Outlet />
    </Suspense>
  </Page>
);
