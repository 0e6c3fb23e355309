import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import {
  AdminClientContext,
  AdminEnvironment,
  AppContexts,
  Header,
  initAdminClient,
  PageBreadCrumbs,
  PageNav,
  useEnvironment,
} from "@keycloak/keycloak-admin-ui";
import { KeycloakSpinner, mainPageContentId } from "@keycloak/keycloak-ui-shared";
import { Page } from "@patternfly/react-core";
import { Suspense, useEffect, useState } from "react";
import { Outlet } from "react-router-dom";
import { PortalAbilitiesProvider } from "./access/PortalAbilities";
import { PortalNav } from "./PortalNav";
import { RouteAccessWall } from "./RouteAccessWall";
import { UserTabLink } from "./users/UserTabLink";

/** Keycloak's console frame (header, menu, breadcrumbs) from the library, with the portal's menu group added. */
export const PortalApp = () => {
  const { keycloak, environment } = useEnvironment<AdminEnvironment>();
  const [adminClient, setAdminClient] = useState<KeycloakAdminClient>();

  useEffect(() => {
    initAdminClient(keycloak, environment).then(setAdminClient, console.error);
  }, [environment, keycloak]);

  if (!adminClient) {
    return <KeycloakSpinner />;
  }
  return (
    <AdminClientContext.Provider value={{ keycloak, adminClient }}>
      <AppContexts>
        <PortalAbilitiesProvider>
          <Page
            header={<Header />}
            isManagedSidebar
            sidebar={<PageNav />}
            breadcrumb={<PageBreadCrumbs />}
            mainContainerId={mainPageContentId}
          >
            <PortalNav />
            <UserTabLink />
            <Suspense fallback={<KeycloakSpinner />}>
              <RouteAccessWall>
                <Outlet />
              </RouteAccessWall>
            </Suspense>
          </Page>
        </PortalAbilitiesProvider>
      </AppContexts>
    </AdminClientContext.Provider>
  );
};
