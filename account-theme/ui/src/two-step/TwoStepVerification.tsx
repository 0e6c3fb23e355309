import { Page, useAccountAlerts, useEnvironment, usePromise } from "@keycloak/keycloak-account-ui";
import { PageSection, Spinner } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getBrowsers, getDevices, getOverview, type Device, type Overview, type RememberedBrowser } from "./api";
import { BrowsersSection } from "./BrowsersSection";
import { BypassSection } from "./BypassSection";
import { DevicesSection } from "./DevicesSection";
import { ExtrasSection } from "./ExtrasSection";
import { LanguageSection } from "./LanguageSection";
import { MethodsSection } from "./MethodsSection";

/**
 * The user portal's page: methods and the default one, devices, remembered browsers, PIN and fallbacks, language,
 * one-time bypass.
 */
const TwoStepVerification = () => {
  const { t } = useTranslation();
  const context = useEnvironment();
  const { addError } = useAccountAlerts();
  const [overview, setOverview] = useState<Overview>();
  const [devices, setDevices] = useState<Device[]>([]);
  const [browsers, setBrowsers] = useState<RememberedBrowser[]>([]);
  const [failed, setFailed] = useState(false);
  const [reloads, setReloads] = useState(0);

  // The signal aborts the requests when the page is left (or reloads again) before they answer; usePromise
  // then ignores the AbortError, so it is passed on rather than shown.
  usePromise(
    (signal) =>
      Promise.all([getOverview(context, signal), getDevices(context, signal), getBrowsers(context, signal)]).catch(
        (error) => {
          if (signal.aborted) {
            throw error;
          }
          setFailed(true);
          addError("mfaPortalLoadFailed", error);
          return undefined;
        },
      ),
    (value) => {
      if (value) {
        setOverview(value[0]);
        setDevices(value[1]);
        setBrowsers(value[2]);
      }
    },
    [reloads],
  );
  const refresh = () => setReloads((n) => n + 1);

  return (
    <Page title={t("mfaPortalTwoStepTitle")} description={t("mfaPortalTwoStepDescription")}>
      {!overview ? (
        failed ? null : (
          <Spinner />
        )
      ) : (
        <>
          <PageSection variant="light" padding={{ default: "noPadding" }} className="pf-v5-u-mb-lg">
            <MethodsSection overview={overview} deviceCount={devices.length} onChange={refresh} />
          </PageSection>
          {devices.length > 0 && (
            <PageSection
              variant="light"
              padding={{ default: "noPadding" }}
              className="pf-v5-u-mb-lg"
              id="mfa-devices-section"
            >
              <DevicesSection devices={devices} onChange={refresh} />
            </PageSection>
          )}
          {browsers.length > 0 && (
            <PageSection variant="light" padding={{ default: "noPadding" }} className="pf-v5-u-mb-lg">
              <BrowsersSection browsers={browsers} onChange={refresh} />
            </PageSection>
          )}
          {overview.extras.length > 0 && (
            <PageSection variant="light" padding={{ default: "noPadding" }} className="pf-v5-u-mb-lg">
              <ExtrasSection overview={overview} />
            </PageSection>
          )}
          {overview.settings.selectLanguageAllowed && overview.locales.length > 1 && (
            <PageSection variant="light" padding={{ default: "noPadding" }} className="pf-v5-u-mb-lg">
              <LanguageSection overview={overview} onChange={refresh} />
            </PageSection>
          )}
          {overview.settings.bypassAllowed && (
            <PageSection variant="light" padding={{ default: "noPadding" }}>
              <BypassSection overview={overview} onChange={refresh} />
            </PageSection>
          )}
        </>
      )}
    </Page>
  );
};

export default TwoStepVerification;
