import {
  Button,
  Card,
  CardBody,
  CardTitle,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Label,
  Modal,
  ModalVariant,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NumbersModal } from "./NumbersModal";
import type { FullNumbers, SecondFactors, UserApi } from "./secondFactors";

type Props = {
  user: SecondFactors;
  api: UserApi;
  revealed?: FullNumbers;
  onReveal: () => void;
  onHide: () => void;
  run: (action: () => Promise<unknown>) => Promise<void>;
};

const TEXT = "mfa-sms";
const VOICE = "mfa-voice";

/** The catalog's methods: set up or not, the default, numbers (masked unless revealed), change, reset, unlock. */
export const MethodsSection = ({ user, api, revealed, onReveal, onHide, run }: Props) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string>();
  const [resetting, setResetting] = useState<string>();
  const hasNumbers = user.text !== undefined || user.voice !== undefined;

  const numbers = (type: string) => {
    if (type === TEXT && user.text) {
      return revealed?.textNumber ?? user.text.number;
    }
    if (type === VOICE && user.voice) {
      const number = revealed?.callNumber ?? user.voice.number;
      const extension = user.voice.extension
        ? ` ${t("mfaUserExtensionShown", { extension: user.voice.extension })}`
        : "";
      const backup = revealed?.callBackupNumber ?? user.voice.backupNumber;
      return `${number}${extension}${backup ? ` · ${t("mfaUserBackupShown", { number: backup })}` : ""}`;
    }
    return "";
  };
  const sourceOf = (type: string) =>
    type === TEXT ? user.text?.source : type === VOICE ? user.voice?.source : undefined;

  return (
    <Card isPlain>
      <CardTitle>
        {t("mfaUserMethods")}{" "}
        {user.canReveal && hasNumbers && (
          <Button
            variant="link"
            data-testid={revealed ? "mfa-hide-numbers" : "mfa-reveal-numbers"}
            onClick={revealed ? onHide : onReveal}
          >
            {t(revealed ? "mfaUserHideNumbers" : "mfaUserRevealNumbers")}
          </Button>
        )}
      </CardTitle>
      <CardBody>
        <DataList aria-label={t("mfaUserMethods")}>
          {user.methods
            .filter((method) => method.allowed || method.configured)
            .map((method) => {
              const phone = method.type === TEXT || method.type === VOICE;
              const name = t(`mfaCredentialName_${method.type}`);
              return (
                <DataListItem key={method.type} data-testid={`mfa-credential-${method.type}`}>
                  <DataListItemRow>
                    <DataListItemCells
                      dataListCells={[
                        <DataListCell key="name">
                          {name} {method.isDefault && <Label color="blue">{t("mfaUserDefaultMethod")}</Label>}
                        </DataListCell>,
                        <DataListCell key="state">
                          {t(method.configured ? "mfaUserMethodConfigured" : "mfaUserMethodNotConfigured")}
                          {method.type === VOICE && user.voice?.locked && (
                            <Label color="red" data-testid="mfa-calls-locked">
                              {t("mfaUserCallsLocked")}
                            </Label>
                          )}
                        </DataListCell>,
                        <DataListCell key="numbers">
                          <span data-testid={`mfa-number-${method.type}`}>{numbers(method.type)}</span>{" "}
                          <NumberSource source={sourceOf(method.type)} type={method.type} />
                        </DataListCell>,
                      ]}
                    />
                    {user.canManage && (
                      <DataListAction id={`actions-${method.type}`} aria-labelledby={method.type} aria-label={name}>
                        {phone && (
                          <Button
                            variant="secondary"
                            data-testid={`mfa-edit-${method.type}`}
                            onClick={() => setEditing(method.type)}
                          >
                            {t(method.configured ? "mfaUserEditNumbers" : "mfaUserAddNumbers")}
                          </Button>
                        )}
                        {method.type === VOICE && user.voice?.locked && (
                          <Button variant="primary" data-testid="mfa-unlock-calls" onClick={() => run(api.unlockCalls)}>
                            {t("mfaUserUnlockCalls")}
                          </Button>
                        )}
                        {method.configured && (
                          <Button
                            variant="danger"
                            data-testid={`mfa-reset-${method.type}`}
                            onClick={() => setResetting(method.type)}
                          >
                            {t("mfaUserResetMethod")}
                          </Button>
                        )}
                      </DataListAction>
                    )}
                  </DataListItemRow>
                </DataListItem>
              );
            })}
          <DataListItem data-testid="mfa-credential-mfa-questions">
            <DataListItemRow>
              <DataListItemCells
                dataListCells={[
                  <DataListCell key="name">{t("mfaCredentialName_mfa-questions")}</DataListCell>,
                  <DataListCell key="state">
                    {t(user.questionsSet ? "mfaUserQuestionsSet" : "mfaUserQuestionsNotSet")}
                  </DataListCell>,
                  <DataListCell key="numbers" />,
                ]}
              />
              {user.canManage && user.questionsSet && (
                <DataListAction id="actions-questions" aria-labelledby="questions" aria-label="questions">
                  <Button
                    variant="danger"
                    data-testid="mfa-reset-mfa-questions"
                    onClick={() => setResetting("mfa-questions")}
                  >
                    {t("mfaUserResetMethod")}
                  </Button>
                </DataListAction>
              )}
            </DataListItemRow>
          </DataListItem>
        </DataList>
        {user.devices.length > 0 && (
          <p data-testid="mfa-devices">
            {t("mfaUserDevices")}: {user.devices.map((device) => device.name).join(", ")}
          </p>
        )}
      </CardBody>
      {editing && (
        <NumbersModal
          type={editing}
          api={api}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            return run(() => Promise.resolve());
          }}
        />
      )}
      {resetting && (
        <Modal
          variant={ModalVariant.small}
          isOpen
          title={t("mfaUserResetConfirmTitle", { method: t(`mfaCredentialName_${resetting}`) })}
          onClose={() => setResetting(undefined)}
          actions={[
            <Button
              key="confirm"
              variant="danger"
              data-testid="mfa-confirm-reset"
              onClick={() => {
                const type = resetting;
                setResetting(undefined);
                run(() => api.reset(type));
              }}
            >
              {t("mfaUserResetMethod")}
            </Button>,
            <Button key="cancel" variant="link" onClick={() => setResetting(undefined)}>
              {t("mfaUserCancel")}
            </Button>,
          ]}
        >
          {t("mfaUserResetConfirmText", { method: t(`mfaCredentialName_${resetting}`) })}
        </Modal>
      )}
    </Card>
  );
};

/** Where a number came from: the company directory (it follows the directory) or the user. */
const NumberSource = ({ source, type }: { source?: string; type: string }) => {
  const { t } = useTranslation();
  if (source === undefined) {
    return null;
  }
  return (
    <Label color={source === "directory" ? "purple" : "grey"} data-testid={`mfa-number-source-${type}`}>
      {t(source === "directory" ? "mfaUserNumberFromDirectory" : "mfaUserNumberFromUser")}
    </Label>
  );
};
