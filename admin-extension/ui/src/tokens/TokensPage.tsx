import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import { PageSection, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TokenImportForm } from "./TokenImportForm";
import { TokenTable } from "./TokenTable";

/** The realm's OATH token inventory: import vendor files, find waiting tokens, give them to users, remove them. */
export default function TokensPage() {
  const { t } = useTranslation();
  // Bumped after every change, so the table asks the server again.
  const [refresh, setRefresh] = useState(0);
  const changed = () => setRefresh((n) => n + 1);

  return (
    <>
      <ViewHeader titleKey="mfaTokens" subKey="mfaTokensHelp" />
      <PageSection variant="light" data-testid="mfa-tokens">
        <Title headingLevel="h2" size="lg">
          {t("mfaTokensImportTitle")}
        </Title>
        <TokenImportForm onImported={changed} />
      </PageSection>
      <PageSection variant="light">
        <Title headingLevel="h2" size="lg">
          {t("mfaTokensWaiting")}
        </Title>
        <TokenTable refresh={refresh} onChanged={changed} />
      </PageSection>
    </>
  );
}
