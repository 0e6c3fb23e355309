import { Button, Card, CardBody, CardTitle, List, ListItem } from "@patternfly/react-core";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RememberedBrowser, SecondFactors, UserApi } from "./secondFactors";

type Props = { user: SecondFactors; api: UserApi; run: (action: () => Promise<unknown>) => Promise<void> };

/** Browsers the user asked not to be asked again on (issue 17.1): each with its dates; revoke all. */
export const RememberedBrowsersSection = ({ user, api, run }: Props) => {
  const { t, i18n } = useTranslation();
  const [browsers, setBrowsers] = useState<RememberedBrowser[]>();
  const load = useCallback(() => api.rememberedBrowsers().then(setBrowsers, () => setBrowsers([])), [api]);
  useEffect(() => {
    load();
  }, [load]);
  const date = (millis: number) => new Date(millis).toLocaleString(i18n.language);

  if (!browsers) {
    return null;
  }
  return (
    <Card isPlain>
      <CardTitle>{t("mfaUserRememberedBrowsers")}</CardTitle>
      <CardBody>
        {browsers.length === 0 ? (
          <p data-testid="mfa-remembered-browsers-none">{t("mfaUserRememberedBrowsersNone")}</p>
        ) : (
          <List data-testid="mfa-remembered-browsers">
            {browsers.map((browser) => (
              <ListItem key={browser.id}>
                {t("mfaUserRememberedBrowser", {
                  name: browser.name,
                  created: date(browser.createdAt),
                  used: date(browser.lastUsedAt),
                })}
              </ListItem>
            ))}
          </List>
        )}
        {user.canManage && browsers.length > 0 && (
          <Button
            variant="secondary"
            data-testid="mfa-remembered-browsers-revoke"
            onClick={() => run(api.revokeBrowsers).then(load)}
          >
            {t("mfaUserRememberedBrowsersRevoke")}
          </Button>
        )}
      </CardBody>
    </Card>
  );
};
