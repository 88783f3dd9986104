/** The text read from the file, collapsed: rendered as React text (escaped), never as HTML. */
export function ExtractedText({ text }: { text: string }) {
  return (
    <details className="rounded-lg border border-slate-200 p-4 print:hidden">
      <summary className="font-semibold">
        Text read from your resume{' '}
        <span className="font-normal text-slate-700">({text.length.toLocaleString('en-US')} characters)</span>
      </summary>
      <p className="mt-3 text-sm text-slate-700">
        Skills and scores come from this text. If parts are missing or garbled, upload the resume again as a
        DOCX or a text file.
      </p>
      <pre
        tabIndex={0}
        aria-label="Text read from your resume"
        className="mt-3 max-h-[28rem] overflow-auto rounded-md bg-slate-50 p-3 font-sans text-sm break-words whitespace-pre-wrap text-slate-900"
      >
        {text}
      </pre>
    </details>
  );
}
