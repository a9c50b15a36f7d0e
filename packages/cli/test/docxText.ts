import { ZipFile } from '../src/io/zip';

/**
 * The text of a DOCX file as a reader sees it: `word/document.xml` read with
 * the CLI's own zip reader, one line a paragraph, table cells separated by a
 * tab, XML entities decoded.
 */
export async function docxText(path: string): Promise<string> {
  const zip = await ZipFile.open(path);
  try {
    const entry = zip.entry('word/document.xml');
    if (!entry) throw new Error(`${path}: no word/document.xml`);
    const chunks: Buffer[] = [];
    for await (const chunk of zip.read(entry, 50_000_000)) chunks.push(chunk);
    const xml = Buffer.concat(chunks).toString('utf8');
    const parts: string[] = [];
    for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<\/w:tc>|<\/w:tr>/gu)) {
      parts.push(m[1] !== undefined ? decode(m[1]) : m[0] === '</w:tc>' ? '\t' : '\n');
    }
    // A cell's last paragraph ends before its tab: "a\n\tb" reads "a\tb".
    return parts.join('').replace(/\n\t/gu, '\t');
  } finally {
    await zip.close();
  }
}

function decode(text: string): string {
  return text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
}
