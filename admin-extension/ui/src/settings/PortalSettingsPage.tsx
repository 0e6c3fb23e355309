import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { portalGet, useConsoleAdminClient } from "../portalApi";

type Settings = Record<string, unknown>;

/** The realm's portal settings, as the admin REST returns them (read-only in this first cut). */
export default function PortalSettingsPage() {
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    portalGet<Settings>(adminClient, realm, "settings").then(setSettings, (e: Error) => setError(e.message));
  }, [adminClient, realm]);

  return (
    <>
      <ViewHeader titleKey="mfaPortalSettings" subKey="mfaPortalSettingsHelp" />
      <PageSection variant="light" data-testid="mfa-portal-settings">
        {error && <p data-testid="mfa-portal-settings-error">{error}</p>}
        {settings && (
          <DescriptionList isHorizontal>
            {Object.entries(settings).map(([name, value]) => (
              <DescriptionListGroup key={name}>
                <DescriptionListTerm>{name}</DescriptionListTerm>
                <DescriptionListDescription data-testid={`mfa-setting-${name}`}>
                  {JSON.stringify(value)}
                </DescriptionListDescription>
              </DescriptionListGroup>
            ))}
          </DescriptionList>
        )}
      </PageSection>
    </>
  );
}
