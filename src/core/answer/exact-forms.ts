/**
 * The items' multi-word keywords and examples in their word-for-word form (" mag ik dit posten "),
 * by their first word: a question is compared only with the forms that start with one of its
 * words, not with all of them (thousands) for every item.
 */
export class ExactForms {
  private readonly byFirstWord = new Map<string, Array<{ form: string; doc: number; words: number }>>();

  /** `formsPerDoc[i]`: the forms of document i, each padded with a space on both sides. */
  constructor(private readonly formsPerDoc: ReadonlyArray<readonly string[]>) {
    formsPerDoc.forEach((forms, doc) => {
      for (const form of forms) {
        const first = form.slice(1, form.indexOf(' ', 1));
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ form, doc, words: form.split(' ').length - 2 });
        this.byFirstWord.set(first, list);
      }
    });
  }

  /** Per document, the most words of one of its forms that `question` (same form) contains word for word. */
  wordsPerDoc(question: string): number[] {
    const most = new Array<number>(this.formsPerDoc.length).fill(0);
    for (let at = question.indexOf(' '); at >= 0 && at < question.length - 1; at = question.indexOf(' ', at + 1)) {
      const end = question.indexOf(' ', at + 1);
      for (const { form, doc, words } of this.byFirstWord.get(question.slice(at + 1, end < 0 ? undefined : end)) ?? []) {
        if (words > (most[doc] as number) && question.startsWith(form, at)) most[doc] = words;
      }
    }
    return most;
  }
}
