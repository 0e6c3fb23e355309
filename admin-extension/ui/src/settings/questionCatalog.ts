/** The realm's security-question catalog as GET/PUT mfa-portal/questions carry it (QuestionCatalog.asJson). */
export type QuestionCatalog = {
  defaultLanguage: string;
  languages: string[];
  questions: CatalogQuestion[];
  /** Read-only: the realm still uses the portal's shipped catalog. */
  shipped?: boolean;
};

export type CatalogQuestion = { id: string; text: Record<string, string> };

/** A fresh id for an added question, in the server's form ([a-z0-9][a-z0-9-]{0,63}), unused in the catalog. */
export function newQuestionId(questions: CatalogQuestion[]): string {
  const taken = new Set(questions.map(({ id }) => id));
  let n = questions.length + 1;
  while (taken.has(`question-${n}`)) {
    n++;
  }
  return `question-${n}`;
}

export function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) {
    return list;
  }
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
