import { useRealm } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Alert,
  Button,
  FileUpload,
  Form,
  FormGroup,
  List,
  ListItem,
  Radio,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PortalRefusal, useConsoleAdminClient } from "../portalApi";
import { formatOf, importTokens, TokenFileError, TokenFileFormat } from "./tokenInventory";

type Outcome = { imported: number } | { refused: TokenFileError };

/**
 * Uploads a vendor's PSKC (with its pre-shared key) or CSV file. The browser reads the file and sends its text; the
 * server checks the whole file before storing anything, so a refusal means nothing was imported.
 */
export const TokenImportForm = ({ onImported }: { onImported: () => void }) => {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [format, setFormat] = useState<TokenFileFormat>("pskc");
  const [filename, setFilename] = useState("");
  const [content, setContent] = useState("");
  const [preSharedKey, setPreSharedKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const clear = () => {
    setFilename("");
    setContent("");
  };

  const submit = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { imported } = await importTokens(adminClient, realm, {
        format,
        content,
        preSharedKey: format === "pskc" && preSharedKey.trim() ? preSharedKey.trim() : undefined,
      });
      setOutcome({ imported });
      clear();
      onImported();
    } catch (error) {
      const body = error instanceof PortalRefusal ? error.body : {};
      setOutcome({
        refused: {
          error: String(body.error ?? "error"),
          error_description: String(body.error_description ?? (error as Error).message),
          ...(body as Partial<TokenFileError>),
        },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={(event) => event.preventDefault()} data-testid="mfa-token-import-form">
      <FormGroup role="radiogroup" isInline fieldId="mfa-token-format" label={t("mfaTokensFormat")}>
        {(["pskc", "csv"] as const).map((value) => (
          <Radio
            key={value}
            id={`mfa-token-format-${value}`}
            data-testid={`mfa-token-format-${value}`}
            name="mfa-token-format"
            label={t(`mfaTokensFormat_${value}`)}
            isChecked={format === value}
            onChange={() => setFormat(value)}
          />
        ))}
      </FormGroup>
      <FormGroup fieldId="mfa-token-file" label={t("mfaTokensFile")} isRequired>
        <FileUpload
          id="mfa-token-file"
          data-testid="mfa-token-file"
          type="text"
          value={content}
          filename={filename}
          filenamePlaceholder={t("mfaTokensFilePlaceholder")}
          browseButtonText={t("mfaTokensBrowse")}
          clearButtonText={t("mfaTokensClear")}
          // The file holds secrets: keep them off the screen.
          hideDefaultPreview
          onFileInputChange={(_, file) => {
            setFilename(file.name);
            setFormat((current) => formatOf(file.name) ?? current);
            setOutcome(undefined);
          }}
          onDataChange={(_, data) => setContent(data)}
          onClearClick={clear}
        />
      </FormGroup>
      {format === "pskc" && (
        <FormGroup fieldId="mfa-token-psk" label={t("mfaTokensPreSharedKey")}>
          <TextInput
            id="mfa-token-psk"
            data-testid="mfa-token-psk"
            type="password"
            autoComplete="off"
            value={preSharedKey}
            onChange={(_, value) => setPreSharedKey(value)}
          />
          <p className="pf-v5-c-form__helper-text">{t("mfaTokensPreSharedKeyHelp")}</p>
        </FormGroup>
      )}
      <ActionGroup>
        <Button
          data-testid="mfa-token-import"
          onClick={submit}
          isDisabled={!content || busy}
          isLoading={busy}
          variant="primary"
        >
          {t("mfaTokensImport")}
        </Button>
      </ActionGroup>
      {outcome && "imported" in outcome && (
        <Alert
          isInline
          variant="success"
          data-testid="mfa-token-imported"
          title={t("mfaTokensImported", { count: outcome.imported })}
        />
      )}
      {outcome && "refused" in outcome && <ImportRefusal error={outcome.refused} />}
    </Form>
  );
};

/** Where the file is wrong, in the administrator's language; the reason (naming the serial) is the server's. */
const ImportRefusal = ({ error }: { error: TokenFileError }) => {
  const { t } = useTranslation();
  const where =
    error.line !== undefined
      ? t("mfaTokensErrorLine", { line: error.line })
      : error.keyPackage !== undefined
        ? t("mfaTokensErrorKeyPackage", { keyPackage: error.keyPackage })
        : undefined;
  return (
    <Alert isInline variant="danger" data-testid="mfa-token-import-error" title={t("mfaTokensNothingImported")}>
      <List>
        <ListItem data-testid="mfa-token-import-problem">
          {where && <strong>{where}</strong>}
          {where && " "}
          {error.reason ?? error.error_description}
          {error.serial && !(error.reason ?? "").includes(error.serial) && (
            <> {t("mfaTokensErrorSerial", { serial: error.serial })}</>
          )}
        </ListItem>
      </List>
    </Alert>
  );
};
