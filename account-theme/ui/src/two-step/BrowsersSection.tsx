import { useAccountAlerts, useEnvironment } from "@keycloak/keycloak-account-ui";
import { ContinueCancelModal } from "@keycloak/keycloak-ui-shared";
import {
  AlertVariant,
  Button,
  type ButtonProps,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Title,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { forgetAllBrowsers, forgetBrowser, type RememberedBrowser } from "./api";

type Props = { browsers: RememberedBrowser[]; onChange: () => void };

/** The buttons that open a confirmation (ContinueCancelModal renders both). */
const ForgetButton = (props: ButtonProps) => <Button {...props} data-testid="mfa-browser-forget" />;
const ForgetAllButton = (props: ButtonProps) => <Button {...props} data-testid="mfa-browsers-forget-all" />;

/** Browsers the user asked not to be asked again on (issue 17.1): forget one or all; forgetting is always allowed. */
export const BrowsersSection = ({ browsers, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const context = useEnvironment();
  const { addAlert, addError } = useAccountAlerts();
  const date = (millis: number) => new Date(millis).toLocaleString(i18n.language);

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      addAlert(t(done), AlertVariant.success);
      onChange();
    } catch (error) {
      addError("mfaPortalBrowserFailed", error);
    }
  };

  return (
    <>
      <Title headingLevel="h2" size="xl" className="pf-v5-u-mb-md">
        {t("mfaPortalBrowsersTitle")}
      </Title>
      <DataList aria-label={t("mfaPortalBrowsersTitle")} data-testid="mfa-browsers">
        {browsers.map((browser) => (
          <DataListItem key={browser.id} data-testid="mfa-browser">
            <DataListItemRow>
              <DataListItemCells
                dataListCells={[
                  <DataListCell key="name" width={2}>
                    <strong data-testid="mfa-browser-name">{browser.name}</strong>
                  </DataListCell>,
                  <DataListCell key="detail" width={3}>
                    {t("mfaPortalBrowserDetail", { created: date(browser.createdAt), used: date(browser.lastUsedAt) })}
                  </DataListCell>,
                ]}
              />
              <DataListAction
                id={`mfa-browser-actions-${browser.id}`}
                aria-labelledby={`mfa-browser-actions-${browser.id}`}
                aria-label={browser.name}
              >
                <ContinueCancelModal
                  component={ForgetButton}
                  buttonVariant="secondary"
                  buttonTitle={t("mfaPortalBrowserForget")}
                  modalTitle={t("mfaPortalBrowserForget")}
                  continueLabel={t("mfaPortalBrowserForget")}
                  cancelLabel={t("mfaPortalDeviceCancel")}
                  onContinue={() => act(() => forgetBrowser(context, browser.id), "mfaPortalBrowserForgotten")}
                >
                  {t("mfaPortalBrowserForgetConfirm", { name: browser.name })}
                </ContinueCancelModal>
              </DataListAction>
            </DataListItemRow>
          </DataListItem>
        ))}
      </DataList>
      {browsers.length > 1 && (
        <ContinueCancelModal
          component={ForgetAllButton}
          buttonVariant="link"
          buttonTitle={t("mfaPortalBrowsersForgetAll")}
          modalTitle={t("mfaPortalBrowsersForgetAll")}
          continueLabel={t("mfaPortalBrowsersForgetAll")}
          cancelLabel={t("mfaPortalDeviceCancel")}
          onContinue={() => act(() => forgetAllBrowsers(context), "mfaPortalBrowsersForgotten")}
        >
          {t("mfaPortalBrowsersForgetAllConfirm")}
        </ContinueCancelModal>
      )}
    </>
  );
};
