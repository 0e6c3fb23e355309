import { Button, Card, CardBody, CardTitle } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { SecondFactors, UserApi } from "./secondFactors";

type Props = { user: SecondFactors; api: UserApi; run: (action: () => Promise<unknown>) => Promise<void> };

/** The one-time bypass: until when it lets the user in without a second step; start (realm's length) or cancel. */
export const BypassSection = ({ user, api, run }: Props) => {
  const { t, i18n } = useTranslation();
  return (
    <Card isPlain>
      <CardTitle>{t("mfaUserBypass")}</CardTitle>
      <CardBody>
        <p data-testid="mfa-bypass-state">
          {user.bypass
            ? t("mfaUserBypassActive", { time: new Date(user.bypass.expiresAt * 1000).toLocaleString(i18n.language) })
            : t("mfaUserBypassNone")}
        </p>
        {user.canManage &&
          (user.bypass ? (
            <Button variant="secondary" data-testid="mfa-bypass-cancel" onClick={() => run(api.cancelBypass)}>
              {t("mfaUserBypassCancel")}
            </Button>
          ) : (
            <Button variant="secondary" data-testid="mfa-bypass-start" onClick={() => run(api.startBypass)}>
              {t("mfaUserBypassStart")}
            </Button>
          ))}
      </CardBody>
    </Card>
  );
};
