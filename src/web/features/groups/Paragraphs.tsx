// Plain text written by an organizer, shown as paragraphs (blank lines separate them). Never
// HTML: the text is rendered as text.
export function Paragraphs({ text, lang }: { text: string; lang?: string | undefined }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="prose" lang={lang}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
