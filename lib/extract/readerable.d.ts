// Types for the stand-alone readerable check, imported on its own so the content script does
// not bundle all of Readability.
declare module '@mozilla/readability/Readability-readerable.js' {
  /** Whether Readability would probably find an article in `document` (cheap pre-check). */
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
