import { useAccountAlerts, useEnvironment } from "@keycloak/keycloak-account-ui";
import { AlertVariant, FormGroup, FormSelect, FormSelectOption, Title } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { setLocale, type Overview } from "./api";

type Props = { overview: Overview; onChange: () => void };

/** Each language named in itself, as Keycloak's locale selectors do. */
const nameOf = (locale: string) => {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
};

/** The language of pages, texts and calls: the user's locale attribute. */
export const LanguageSection = ({ overview, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const context = useEnvironment();
  const { addAlert, addError } = useAccountAlerts();

  const choose = async (locale: string) => {
    try {
      await setLocale(context, locale);
      await i18n.changeLanguage(locale);
      // i18n.t, not t: the hook's t stays bound to the language the page was rendered in (issue 12.4).
      addAlert(i18n.t("mfaPortalLanguageChanged"), AlertVariant.success);
      onChange();
    } catch (error) {
      addError("mfaPortalLanguageFailed", error);
    }
  };

  return (
    <>
      <Title headingLevel="h2" size="xl" className="pf-v5-u-mb-md">
        {t("mfaPortalLanguageTitle")}
      </Title>
      <FormGroup label={t("mfaPortalLanguageLabel")} fieldId="mfa-portal-locale">
        <FormSelect
          id="mfa-portal-locale"
          data-testid="mfa-locale"
          value={overview.locale}
          onChange={(_event, value) => choose(value)}
          style={{ maxWidth: "20rem" }}
        >
          {overview.locales.map((locale) => (
            <FormSelectOption key={locale} value={locale} label={nameOf(locale)} />
          ))}
        </FormSelect>
      </FormGroup>
    </>
  );
};
