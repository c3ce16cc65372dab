import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Markdown as GitHub renders it: micromark with its GFM extensions, a port
 * of cmark-gfm that is checked against cmark-gfm's own spec tests (tables,
 * autolinks, strikethrough, task lists, the tag filter). Raw HTML is let
 * through as GitHub lets `<details>`, `<summary>`, `<b>` and `<br>` through.
 * (The npm package `cmark-gfm` binds the C library natively and downloads a
 * prebuilt binary or compiles at install time, which this project's
 * installs do not allow; `marked` is not a CommonMark implementation.)
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** The tables of rendered HTML: each row's cells as the text a reader sees. */
export function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, body]) =>
    [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell)),
    ),
  );
}

/** HTML as text: tags dropped, line breaks kept, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>\n?/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
