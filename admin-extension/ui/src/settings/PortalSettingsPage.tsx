import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import { Alert, PageSection, Tab, Tabs, TabTitleText } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePortalAbilities } from "../access/PortalAbilities";
import { portalGet, useConsoleAdminClient } from "../portalApi";
import { QuestionCatalogEditor } from "./QuestionCatalogEditor";
import { SettingsForm } from "./SettingsForm";
import { SettingsSchema, SettingValues, TRUSTED_IPS_GROUP } from "./settingsSchema";

/**
 * The portal's settings in the original's three tabs: Settings (every setting but the trusted addresses,
 * generated from the server's schema), Trusted IPs, and Security questions.
 */
export default function PortalSettingsPage() {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const canManage = usePortalAbilities()?.manageSettings ?? false;
  const [schema, setSchema] = useState<SettingsSchema>();
  const [stored, setStored] = useState<SettingValues>();
  const [error, setError] = useState<string>();
  const [tab, setTab] = useState<string | number>("settings");

  useEffect(() => {
    Promise.all([
      portalGet<SettingsSchema>(adminClient, realm, "settings/schema"),
      portalGet<SettingValues>(adminClient, realm, "settings"),
    ]).then(
      ([schema, values]) => {
        setSchema(schema);
        setStored(values);
      },
      (e: Error) => setError(e.message),
    );
  }, [adminClient, realm]);

  const form = (name: string, showsGroup: (group: string) => boolean) =>
    schema &&
    stored && (
      <SettingsForm
        name={name}
        schema={schema}
        showsGroup={showsGroup}
        stored={stored}
        onStored={setStored}
        canManage={canManage}
      />
    );

  return (
    <>
      <ViewHeader titleKey="mfaPortalSettings" subKey="mfaPortalSettingsHelp" />
      <PageSection variant="light" className="pf-v5-u-p-0" data-testid="mfa-portal-settings">
        {error && (
          <Alert variant="danger" isInline title={t("mfaLoadFailed")} data-testid="mfa-portal-settings-error">
            {error}
          </Alert>
        )}
        <Tabs activeKey={tab} onSelect={(_event, key) => setTab(key)} mountOnEnter unmountOnExit isBox={false}>
          <Tab
            eventKey="settings"
            data-testid="mfa-settings-tab-settings"
            title={<TabTitleText>{t("mfaSettingsTabSettings")}</TabTitleText>}
          >
            <PageSection variant="light">{form("settings", (group) => group !== TRUSTED_IPS_GROUP)}</PageSection>
          </Tab>
          <Tab
            eventKey="trustedIps"
            data-testid="mfa-settings-tab-trusted-ips"
            title={<TabTitleText>{t("mfaSettingsTabTrustedIps")}</TabTitleText>}
          >
            <PageSection variant="light">
              <p className="pf-v5-u-mb-md">{t("mfaTrustedIpsHelp")}</p>
              {form("trustedIps", (group) => group === TRUSTED_IPS_GROUP)}
            </PageSection>
          </Tab>
          <Tab
            eventKey="questions"
            data-testid="mfa-settings-tab-questions"
            title={<TabTitleText>{t("mfaSettingsTabQuestions")}</TabTitleText>}
          >
            <PageSection variant="light">
              <QuestionCatalogEditor canManage={canManage} />
            </PageSection>
          </Tab>
        </Tabs>
      </PageSection>
    </>
  );
}
