import { useAccountAlerts, useEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  AlertVariant,
  Button,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Label,
  Title,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DEVICES_METHOD, setDefaultMethod, type Method, type Overview } from "./api";

type Props = { overview: Overview; deviceCount: number; onChange: () => void };

/** Each method: what is set up, which is the default, and its own set-up action. */
export const MethodsSection = ({ overview, deviceCount, onChange }: Props) => {
  const { t } = useTranslation();
  const context = useEnvironment();
  const { addAlert, addError } = useAccountAlerts();
  const [limitShown, setLimitShown] = useState(false);
  const atDeviceLimit = deviceCount >= overview.settings.mobileAppMaxDevices;

  const makeDefault = async (method: Method) => {
    try {
      await setDefaultMethod(context, method.type);
      addAlert(t("mfaPortalDefaultChanged", { method: t(`mfaPortalMethod-${method.type}`) }), AlertVariant.success);
      onChange();
    } catch (error) {
      addError("mfaPortalDefaultFailed", error);
    }
  };

  // Keycloak's application-initiated actions: the login pages run the method's required action,
  // then come back to this page (the same way the library's "Signing in" page sets up OTP).
  const setUp = (action: string) => context.keycloak.login({ action });

  // At the device limit the mobile app's setup could only refuse, after asking for the password and a
  // push: say so here instead, and lead to the devices (issue 12.4).
  const setUpMethod = (method: Method) =>
    method.type === DEVICES_METHOD && atDeviceLimit ? setLimitShown(true) : setUp(method.setupAction!);
  const showDevices = () => document.getElementById("mfa-devices-section")?.scrollIntoView({ behavior: "smooth" });

  return (
    <>
      <Title headingLevel="h2" size="xl" className="pf-v5-u-mb-md">
        {t("mfaPortalMethodsTitle")}
      </Title>
      <DataList aria-label={t("mfaPortalMethodsTitle")} data-testid="mfa-methods">
        {overview.methods.map((method) => (
          <DataListItem key={method.type} data-testid={`mfa-method-${method.type}`}>
            <DataListItemRow>
              <DataListItemCells
                dataListCells={[
                  <DataListCell key="name" width={2}>
                    <strong>{t(`mfaPortalMethod-${method.type}`)}</strong>{" "}
                    {method.isDefault && (
                      <Label color="blue" data-testid="mfa-method-default">
                        {t("mfaPortalDefaultLabel")}
                      </Label>
                    )}
                  </DataListCell>,
                  <DataListCell key="detail" width={3} data-testid="mfa-method-detail">
                    {method.configured ? (method.label ?? t("mfaPortalConfigured")) : t("mfaPortalNotConfigured")}
                    {method.fromDirectory && (
                      <>
                        {" "}
                        <Label color="purple" data-testid="mfa-method-from-directory">
                          {t(method.setupAction ? "mfaPortalFromDirectory" : "mfaPortalOwnedByDirectory")}
                        </Label>
                      </>
                    )}
                  </DataListCell>,
                ]}
              />
              <DataListAction
                id={`mfa-method-actions-${method.type}`}
                aria-labelledby={`mfa-method-actions-${method.type}`}
                aria-label={t(`mfaPortalMethod-${method.type}`)}
              >
                {overview.settings.selectMethodAllowed && method.configured && !method.isDefault && (
                  <Button variant="secondary" data-testid="mfa-make-default" onClick={() => makeDefault(method)}>
                    {t("mfaPortalMakeDefault")}
                  </Button>
                )}
                {method.setupAction && (
                  <Button
                    variant={method.configured ? "secondary" : "primary"}
                    data-testid="mfa-set-up"
                    onClick={() => setUpMethod(method)}
                  >
                    {method.configured ? t("mfaPortalUpdate") : t("mfaPortalSetUp")}
                  </Button>
                )}
              </DataListAction>
            </DataListItemRow>
            {method.type === DEVICES_METHOD && limitShown && atDeviceLimit && (
              <Alert
                isInline
                variant="warning"
                className="pf-v5-u-m-md"
                data-testid="mfa-device-limit"
                title={t("mfaPortalDeviceLimit", { max: overview.settings.mobileAppMaxDevices })}
                actionLinks={
                  <Button variant="link" isInline data-testid="mfa-device-limit-remove" onClick={showDevices}>
                    {t("mfaPortalRemoveADevice")}
                  </Button>
                }
              />
            )}
          </DataListItem>
        ))}
      </DataList>
    </>
  );
};
