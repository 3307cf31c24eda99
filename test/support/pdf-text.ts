import { readFileSync } from 'node:fs';
import { extractText } from 'unpdf';

/**
 * The text of each page of a PDF, as a reader's copy and paste would give it: pdf.js (Mozilla's
 * PDF engine, in unpdf's dependency-free build) maps the glyphs back to text through the fonts'
 * Unicode tables, which is what Chromium's PDFs need.
 */
export async function pdfPageTexts(path: string): Promise<string[]> {
	return (await extractText(new Uint8Array(readFileSync(path)), { mergePages: false })).text;
}
