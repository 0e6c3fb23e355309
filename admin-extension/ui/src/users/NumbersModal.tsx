import {
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PortalRefusal } from "../portalApi";
import type { UserApi } from "./secondFactors";

type Props = { type: string; api: UserApi; onClose: () => void; onSaved: () => void };

type Field = "number" | "extension" | "backupNumber";

/**
 * Adds or changes the numbers of text messages (one number) or phone calls (number, extension, backup). The
 * server checks them with the enrollment's rules and names the field it refuses; the modal marks that field.
 */
export const NumbersModal = ({ type, api, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const calls = type === "mfa-voice";
  const [values, setValues] = useState<Record<Field, string>>({ number: "", extension: "", backupNumber: "" });
  const [refusal, setRefusal] = useState<{ field?: string; text: string }>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      await (calls ? api.changeCalls(values) : api.changeText(values.number));
      onSaved();
    } catch (e) {
      setRefusal(e instanceof PortalRefusal ? { field: e.field, text: e.description } : { text: (e as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: Field, label: string) => (
    <FormGroup label={t(label)} fieldId={`mfa-${name}`} isRequired={name === "number"}>
      <TextInput
        id={`mfa-${name}`}
        data-testid={`mfa-${name}-input`}
        value={values[name]}
        validated={refusal?.field === name ? "error" : "default"}
        onChange={(_event, value) => setValues({ ...values, [name]: value })}
      />
      {refusal?.field === name && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant="error" data-testid={`mfa-${name}-error`}>
              {refusal.text}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );

  return (
    <Modal
      variant={ModalVariant.small}
      isOpen
      title={t(calls ? "mfaUserEditCallNumbers" : "mfaUserEditTextNumber")}
      onClose={onClose}
      actions={[
        <Button key="save" variant="primary" data-testid="mfa-numbers-save" isDisabled={saving} onClick={save}>
          {t("mfaUserSave")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("mfaUserCancel")}
        </Button>,
      ]}
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {field("number", "mfaUserNumber")}
        {calls && field("extension", "mfaUserExtension")}
        {calls && field("backupNumber", "mfaUserBackupNumber")}
        {refusal && !refusal.field && (
          <HelperText>
            <HelperTextItem variant="error" data-testid="mfa-numbers-error">
              {refusal.text}
            </HelperTextItem>
          </HelperText>
        )}
      </Form>
    </Modal>
  );
};
