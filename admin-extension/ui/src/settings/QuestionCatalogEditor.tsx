import { useRealm } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Label,
  LabelGroup,
  Split,
  SplitItem,
  TextInput,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { portalGet, portalSend, useConsoleAdminClient } from "../portalApi";
import { CatalogQuestion, moved, newQuestionId, QuestionCatalog } from "./questionCatalog";

/**
 * The realm's security questions per language (the original's Security Questions tab): add, reword, reorder,
 * translate and remove, saved whole through PUT mfa-portal/questions, whose checks refuse a catalog with a
 * missing translation, a repeated id or fewer questions than users choose at enrollment.
 */
export const QuestionCatalogEditor = ({ canManage }: { canManage: boolean }) => {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [stored, setStored] = useState<QuestionCatalog>();
  const [draft, setDraft] = useState<QuestionCatalog>();
  /** The catalog as the server has it, which also becomes the draft. */
  const keep = (catalog: QuestionCatalog) => {
    setStored(catalog);
    setDraft(catalog);
  };
  const [newLanguage, setNewLanguage] = useState("");
  const [refusal, setRefusal] = useState<string>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    portalGet<QuestionCatalog>(adminClient, realm, "questions").then(keep, (e: Error) => setRefusal(e.message));
  }, [adminClient, realm]);

  if (!draft) {
    return refusal ? (
      <Alert variant="danger" isInline title={t("mfaLoadFailed")}>
        {refusal}
      </Alert>
    ) : null;
  }

  const storedIds = new Set((stored?.questions ?? []).map(({ id }) => id));
  const update = (change: Partial<QuestionCatalog>) => {
    setDraft({ ...draft, ...change });
    setSaved(false);
  };
  const setQuestions = (questions: CatalogQuestion[]) => update({ questions });
  const setQuestion = (index: number, question: CatalogQuestion) =>
    setQuestions(draft.questions.map((old, i) => (i === index ? question : old)));

  const addLanguage = () => {
    const language = newLanguage.trim();
    if (language === "" || draft.languages.includes(language)) {
      return;
    }
    update({
      languages: [...draft.languages, language],
      questions: draft.questions.map((q) => ({ ...q, text: { ...q.text, [language]: "" } })),
    });
    setNewLanguage("");
  };
  const removeLanguage = (language: string) => {
    const languages = draft.languages.filter((l) => l !== language);
    update({
      languages,
      defaultLanguage: draft.defaultLanguage === language ? (languages[0] ?? "") : draft.defaultLanguage,
      questions: draft.questions.map((q) => ({
        ...q,
        text: Object.fromEntries(Object.entries(q.text).filter(([l]) => l !== language)),
      })),
    });
  };

  const save = async () => {
    setRefusal(undefined);
    setSaved(false);
    try {
      const { defaultLanguage, languages, questions } = draft;
      keep(
        await portalSend<QuestionCatalog>(adminClient, realm, "PUT", "questions", {
          defaultLanguage,
          languages,
          questions,
        }),
      );
      setSaved(true);
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Form data-testid="mfa-questions" onSubmit={(event) => event.preventDefault()}>
      {!canManage && <Alert variant="info" isInline isPlain title={t("mfaReadOnly")} />}
      <p>{t("mfaQuestionsHelp")}</p>
      {stored?.shipped && <Alert variant="info" isInline isPlain title={t("mfaQuestionsShipped")} />}

      <FormGroup label={t("mfaQuestionsLanguages")} fieldId="mfa-questions-new-language">
        <LabelGroup numLabels={20} data-testid="mfa-questions-languages">
          {draft.languages.map((language) => (
            <Label
              key={language}
              data-testid={`mfa-questions-language-${language}`}
              onClose={canManage ? () => removeLanguage(language) : undefined}
              closeBtnAriaLabel={t("mfaQuestionsRemoveLanguage", { language })}
              closeBtnProps={{ "data-testid": `mfa-questions-remove-language-${language}` } as object}
            >
              {language}
            </Label>
          ))}
        </LabelGroup>
        {canManage && (
          <Split hasGutter className="pf-v5-u-mt-sm">
            <SplitItem>
              <TextInput
                id="mfa-questions-new-language"
                data-testid="mfa-questions-new-language"
                placeholder={t("mfaQuestionsNewLanguage")}
                aria-label={t("mfaQuestionsNewLanguage")}
                value={newLanguage}
                onChange={(_event, text) => setNewLanguage(text)}
              />
            </SplitItem>
            <SplitItem>
              <Button variant="secondary" data-testid="mfa-questions-add-language" onClick={addLanguage}>
                {t("mfaQuestionsAddLanguage")}
              </Button>
            </SplitItem>
          </Split>
        )}
      </FormGroup>

      <FormGroup label={t("mfaQuestionsDefaultLanguage")} fieldId="mfa-questions-default-language">
        <FormSelect
          id="mfa-questions-default-language"
          data-testid="mfa-questions-default-language"
          value={draft.defaultLanguage}
          isDisabled={!canManage}
          onChange={(_event, language) => update({ defaultLanguage: language })}
        >
          {draft.languages.map((language) => (
            <FormSelectOption key={language} value={language} label={language} />
          ))}
        </FormSelect>
        <FormHelperText>
          <HelperText>
            <HelperTextItem>{t("mfaQuestionsDefaultLanguageHelp")}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>

      <table className="pf-v5-c-table pf-m-compact pf-m-grid-md" data-testid="mfa-questions-table">
        <thead>
          <tr>
            <th>{t("mfaQuestionsId")}</th>
            {draft.languages.map((language) => (
              <th key={language}>{language}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.questions.map((question, index) => (
            <tr key={index} data-testid={`mfa-question-${index}`}>
              <td>
                <TextInput
                  aria-label={t("mfaQuestionsId")}
                  data-testid={`mfa-question-${index}-id`}
                  value={question.id}
                  // Users' answers are stored by id: a saved question keeps its id, only new ones are named.
                  isDisabled={!canManage || storedIds.has(question.id)}
                  onChange={(_event, id) => setQuestion(index, { ...question, id })}
                />
              </td>
              {draft.languages.map((language) => (
                <td key={language}>
                  <TextInput
                    aria-label={`${question.id} ${language}`}
                    data-testid={`mfa-question-${index}-${language}`}
                    value={question.text[language] ?? ""}
                    isDisabled={!canManage}
                    onChange={(_event, text) =>
                      setQuestion(index, { ...question, text: { ...question.text, [language]: text } })
                    }
                  />
                </td>
              ))}
              <td>
                {canManage && (
                  <Split>
                    <SplitItem>
                      <Button
                        variant="plain"
                        aria-label={t("mfaQuestionsMoveUp")}
                        title={t("mfaQuestionsMoveUp")}
                        data-testid={`mfa-question-${index}-up`}
                        isDisabled={index === 0}
                        onClick={() => setQuestions(moved(draft.questions, index, index - 1))}
                      >
                        ↑
                      </Button>
                    </SplitItem>
                    <SplitItem>
                      <Button
                        variant="plain"
                        aria-label={t("mfaQuestionsMoveDown")}
                        title={t("mfaQuestionsMoveDown")}
                        data-testid={`mfa-question-${index}-down`}
                        isDisabled={index === draft.questions.length - 1}
                        onClick={() => setQuestions(moved(draft.questions, index, index + 1))}
                      >
                        ↓
                      </Button>
                    </SplitItem>
                    <SplitItem>
                      <Button
                        variant="plain"
                        aria-label={t("mfaQuestionsRemove")}
                        title={t("mfaQuestionsRemove")}
                        data-testid={`mfa-question-${index}-remove`}
                        onClick={() => setQuestions(draft.questions.filter((_, i) => i !== index))}
                      >
                        ✕
                      </Button>
                    </SplitItem>
                  </Split>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canManage && (
        <Button
          variant="link"
          isInline
          data-testid="mfa-questions-add"
          onClick={() =>
            setQuestions([
              ...draft.questions,
              {
                id: newQuestionId(draft.questions),
                text: Object.fromEntries(draft.languages.map((language) => [language, ""])),
              },
            ])
          }
        >
          {t("mfaQuestionsAdd")}
        </Button>
      )}

      {refusal && (
        <Alert variant="danger" isInline title={t("mfaNothingSaved")} data-testid="mfa-questions-refused">
          {refusal}
        </Alert>
      )}
      {saved && <Alert variant="success" isInline isPlain title={t("mfaSaved")} data-testid="mfa-questions-saved" />}
      {canManage && (
        <ActionGroup>
          <Button variant="primary" data-testid="mfa-questions-save" onClick={save}>
            {t("mfaSave")}
          </Button>
          <Button
            variant="link"
            data-testid="mfa-questions-revert"
            onClick={() => {
              setDraft(stored);
              setRefusal(undefined);
            }}
          >
            {t("mfaRevert")}
          </Button>
        </ActionGroup>
      )}
    </Form>
  );
};
