import { Card, CardBody, CardTitle, Switch } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { SecondFactors, UserApi } from "./secondFactors";

type Props = { user: SecondFactors; api: UserApi; run: (action: () => Promise<unknown>) => Promise<void> };

/** Whether calls and two-way texts ask this user for a PIN: the realm's rule, or the admin's for this user. */
export const PinSection = ({ user, api, run }: Props) => {
  const { t } = useTranslation();
  return (
    <Card isPlain>
      <CardTitle>{t("mfaUserPin")}</CardTitle>
      <CardBody>
        <Switch
          id="mfa-pin-required"
          data-testid="mfa-pin-required"
          label={t("mfaUserPinRequiredForUser")}
          isChecked={user.pin.requiredForUser}
          isDisabled={!user.canManage}
          onChange={(_event, checked) => run(() => api.requirePin(checked))}
        />
        {user.pin.requiredByRealm && <p>{t("mfaUserPinRequiredByRealm")}</p>}
        <p data-testid="mfa-pin-set">{t(user.pin.set ? "mfaUserPinSet" : "mfaUserPinNotSet")}</p>
      </CardBody>
    </Card>
  );
};
