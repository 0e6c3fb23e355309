import {
  Button,
  Card,
  CardBody,
  CardTitle,
  FormSelect,
  FormSelectOption,
  Split,
  SplitItem,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SecondFactors, TokenSummary, UserApi } from "./secondFactors";

type Props = {
  user: SecondFactors;
  api: UserApi;
  run: (action: () => Promise<unknown>) => Promise<void>;
  /** GET oath/tokens needs the right to manage the token inventory. */
  mayListTokens: boolean;
};

/** The user's authenticator apps and OATH tokens, and assigning an unassigned token of the inventory. */
export const OtpSection = ({ user, api, run, mayListTokens }: Props) => {
  const { t } = useTranslation();
  const [tokens, setTokens] = useState<TokenSummary[]>([]);
  const [serial, setSerial] = useState("");
  const mayAssign = user.canManage && mayListTokens;

  useEffect(() => {
    if (mayAssign) {
      api.unassignedTokens().then(setTokens, () => setTokens([]));
    }
  }, [api, mayAssign, user]);

  return (
    <Card isPlain>
      <CardTitle>{t("mfaUserOtpCredentials")}</CardTitle>
      <CardBody>
        <ul data-testid="mfa-otp-list">
          {user.otp.map((otp) => (
            <li key={otp.credentialId} data-testid={`mfa-otp-${otp.label}`}>
              {otp.label} ({t(otp.token ? "mfaUserOtpToken" : "mfaUserOtpApp")}, {otp.kind.toUpperCase()})
            </li>
          ))}
          {user.otp.length === 0 && <li>{t("mfaUserNone")}</li>}
        </ul>
        {mayAssign && (
          <Split hasGutter>
            <SplitItem>
              <FormSelect
                id="mfa-assign-token"
                data-testid="mfa-assign-token"
                aria-label={t("mfaUserAssignTokenPick")}
                value={serial}
                onChange={(_event, value) => setSerial(value)}
              >
                <FormSelectOption
                  value=""
                  label={tokens.length ? t("mfaUserAssignTokenPick") : t("mfaUserNoUnassignedTokens")}
                  isPlaceholder
                />
                {tokens.map((token) => (
                  <FormSelectOption key={token.serial} value={token.serial} label={`${token.serial} (${token.type})`} />
                ))}
              </FormSelect>
            </SplitItem>
            <SplitItem>
              <Button
                variant="secondary"
                data-testid="mfa-assign-token-button"
                isDisabled={!serial}
                onClick={() => {
                  const chosen = serial;
                  setSerial("");
                  run(() => api.assignToken(chosen));
                }}
              >
                {t("mfaUserAssignToken")}
              </Button>
            </SplitItem>
          </Split>
        )}
      </CardBody>
    </Card>
  );
};
