/** Runs of three or more Latin words: an English sentence. E-mail addresses, SKUs and numbers are not words. */
export function latinSentences(text: string): string[] {
  const cleaned = text.replace(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi, ' ').replace(/\b[\w-]*\d[\w-]*\b/g, ' ');
  return [...cleaned.matchAll(/[A-Za-z][A-Za-z'’]*(?:[ \t,;:()"“”-]+[A-Za-z][A-Za-z'’]*){2,}/g)].map((m) => m[0]);
}
