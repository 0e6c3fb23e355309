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
  TextInput,
  Title,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { removeDevice, renameDevice, type Device } from "./api";

type Props = { devices: Device[]; onChange: () => void };

const NAME_MAX_LENGTH = 64; // PushDevices.NAME_MAX_LENGTH on the server

/** The button that opens the removal's confirmation (ContinueCancelModal renders both). */
const RemoveButton = (props: ButtonProps) => <Button {...props} data-testid="mfa-device-remove" />;

/** The phones that approve the user's sign-ins: rename or remove each (adding one is the mobile app's "Set up"). */
export const DevicesSection = ({ devices, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const context = useEnvironment();
  const { addAlert, addError } = useAccountAlerts();
  const [editing, setEditing] = useState<{ id: string; name: string }>();

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      addAlert(t(done), AlertVariant.success);
      onChange();
    } catch (error) {
      addError("mfaPortalDeviceFailed", error);
    }
  };

  const save = () =>
    editing &&
    act(() => renameDevice(context, editing.id, editing.name.trim()), "mfaPortalDeviceRenamed").then(() =>
      setEditing(undefined),
    );
  const remove = (device: Device) => act(() => removeDevice(context, device.id), "mfaPortalDeviceRemoved");
  const nameValid = (name: string) => name.trim().length > 0 && name.trim().length <= NAME_MAX_LENGTH;

  return (
    <>
      <Title headingLevel="h2" size="xl" className="pf-v5-u-mb-md">
        {t("mfaPortalDevicesTitle")}
      </Title>
      <DataList aria-label={t("mfaPortalDevicesTitle")} data-testid="mfa-devices">
        {devices.map((device) => (
          <DataListItem key={device.id} data-testid={`mfa-device-${device.serial}`}>
            <DataListItemRow>
              <DataListItemCells
                dataListCells={[
                  <DataListCell key="name" width={3}>
                    {editing?.id === device.id ? (
                      <TextInput
                        aria-label={t("mfaPortalDeviceName")}
                        data-testid="mfa-device-name-input"
                        value={editing.name}
                        maxLength={NAME_MAX_LENGTH}
                        validated={nameValid(editing.name) ? "default" : "error"}
                        onChange={(_event, name) => setEditing({ id: device.id, name })}
                      />
                    ) : (
                      <strong data-testid="mfa-device-name">{device.name}</strong>
                    )}
                  </DataListCell>,
                  <DataListCell key="detail" width={2}>
                    {t("mfaPortalDeviceDetail", {
                      serial: device.serial,
                      date: new Date(device.created).toLocaleDateString(i18n.language),
                    })}
                  </DataListCell>,
                ]}
              />
              <DataListAction
                id={`mfa-device-actions-${device.id}`}
                aria-labelledby={`mfa-device-actions-${device.id}`}
                aria-label={device.name}
              >
                {editing?.id === device.id ? (
                  <>
                    <Button data-testid="mfa-device-save" isDisabled={!nameValid(editing.name)} onClick={save}>
                      {t("mfaPortalDeviceSave")}
                    </Button>
                    <Button variant="link" onClick={() => setEditing(undefined)}>
                      {t("mfaPortalDeviceCancel")}
                    </Button>
                  </>
                ) : (
                  <>
                    <Button
                      variant="secondary"
                      data-testid="mfa-device-rename"
                      onClick={() => setEditing({ id: device.id, name: device.name })}
                    >
                      {t("mfaPortalDeviceRename")}
                    </Button>
                    <ContinueCancelModal
                      component={RemoveButton}
                      buttonVariant="danger"
                      buttonTitle={t("mfaPortalDeviceRemove")}
                      modalTitle={t("mfaPortalDeviceRemove")}
                      continueLabel={t("mfaPortalDeviceRemove")}
                      cancelLabel={t("mfaPortalDeviceCancel")}
                      onContinue={() => remove(device)}
                    >
                      {t("mfaPortalDeviceRemoveConfirm", { name: device.name })}
                    </ContinueCancelModal>
                  </>
                )}
              </DataListAction>
            </DataListItemRow>
          </DataListItem>
        ))}
      </DataList>
    </>
  );
};
