import { useAccountAlerts, useEnvironment } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  AlertVariant,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { cancelBypass, PortalApiError, startBypass, type Overview } from "./api";

type Props = { overview: Overview; onChange: () => void };

const MIN_SECONDS = 30; // the settings' own lower bound (PortalSetting)

/** "5 minutes", "1 hour", "90 seconds" in the page's language (the browser knows the plurals). */
const duration = (seconds: number, language: string) => {
  const [value, unit] =
    seconds % 3600 === 0
      ? [seconds / 3600, "hour"]
      : seconds % 60 === 0
        ? [seconds / 60, "minute"]
        : [seconds, "second"];
  return new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "long" }).format(value);
};

/** One-time bypass: skip the second step once, for a while, after a full sign-in. */
export const BypassSection = ({ overview, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const context = useEnvironment();
  const { addAlert, addError } = useAccountAlerts();
  const { settings, bypass } = overview;
  const [seconds, setSeconds] = useState(String(settings.bypassDefaultSeconds));
  const [needsSignIn, setNeedsSignIn] = useState(false);

  const value = Number(seconds);
  const valid = Number.isInteger(value) && value >= MIN_SECONDS && value <= settings.bypassMaxSeconds;

  const start = async () => {
    try {
      await startBypass(context, settings.bypassUserChoosesSeconds ? value : undefined);
      addAlert(t("mfaPortalBypassStarted"), AlertVariant.success);
      onChange();
    } catch (error) {
      if (error instanceof PortalApiError && error.error === "recent_second_step_required") {
        setNeedsSignIn(true);
      } else {
        addError("mfaPortalBypassFailed", error);
      }
    }
  };

  // Keycloak's login pages again (password and second step, max_age=0), then back to this page.
  const confirmWithSecondStep = () => context.keycloak.login({ maxAge: 0 });

  const cancel = async () => {
    try {
      await cancelBypass(context);
      addAlert(t("mfaPortalBypassCancelled"), AlertVariant.success);
      onChange();
    } catch (error) {
      addError("mfaPortalBypassFailed", error);
    }
  };

  return (
    <>
      <Title headingLevel="h2" size="xl" className="pf-v5-u-mb-md">
        {t("mfaPortalBypassTitle")}
      </Title>
      <p className="pf-v5-u-mb-md">{t("mfaPortalBypassDescription")}</p>
      {!settings.bypassUserChoosesSeconds && (
        <p className="pf-v5-u-mb-md" data-testid="mfa-bypass-lasts">
          {t("mfaPortalBypassLasts", { duration: duration(settings.bypassDefaultSeconds, i18n.language) })}
        </p>
      )}
      {bypass.active && bypass.expiresAt ? (
        <Alert
          isInline
          variant="info"
          title={t("mfaPortalBypassActive", {
            time: new Date(bypass.expiresAt * 1000).toLocaleString(i18n.language),
          })}
          data-testid="mfa-bypass-active"
          data-expires-at={bypass.expiresAt}
          actionLinks={
            <Button variant="link" isInline data-testid="mfa-bypass-cancel" onClick={cancel}>
              {t("mfaPortalBypassCancel")}
            </Button>
          }
        />
      ) : overview.canStartBypass ? (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            if (valid || !settings.bypassUserChoosesSeconds) start();
          }}
        >
          {settings.bypassUserChoosesSeconds && (
            <FormGroup label={t("mfaPortalBypassSeconds")} fieldId="mfa-bypass-seconds">
              <TextInput
                id="mfa-bypass-seconds"
                data-testid="mfa-bypass-seconds"
                type="number"
                min={MIN_SECONDS}
                max={settings.bypassMaxSeconds}
                value={seconds}
                validated={valid ? "default" : "error"}
                onChange={(_event, text) => setSeconds(text)}
                style={{ maxWidth: "12rem" }}
              />
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant={valid ? "default" : "error"}>
                    {t("mfaPortalBypassSecondsHelp", { min: MIN_SECONDS, max: settings.bypassMaxSeconds })}
                  </HelperTextItem>
                </HelperText>
              </FormHelperText>
            </FormGroup>
          )}
          {needsSignIn && (
            <Alert
              isInline
              variant="warning"
              title={t("mfaPortalBypassNeedsSecondStep")}
              data-testid="mfa-bypass-needs-sign-in"
              actionLinks={
                <Button variant="link" isInline onClick={confirmWithSecondStep}>
                  {t("mfaPortalSignInAgain")}
                </Button>
              }
            />
          )}
          <ActionGroup>
            <Button
              type="submit"
              data-testid="mfa-bypass-start"
              isDisabled={settings.bypassUserChoosesSeconds && !valid}
            >
              {t("mfaPortalBypassStart")}
            </Button>
          </ActionGroup>
        </Form>
      ) : (
        <Alert
          isInline
          variant="info"
          title={t("mfaPortalBypassUnavailable", { minutes: bypass.secondStepWithinMinutes })}
          data-testid="mfa-bypass-unavailable"
          actionLinks={
            <Button variant="link" isInline data-testid="mfa-bypass-confirm" onClick={confirmWithSecondStep}>
              {t("mfaPortalBypassConfirm")}
            </Button>
          }
        />
      )}
    </>
  );
};
