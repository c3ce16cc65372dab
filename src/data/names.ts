/** How messages show column names and cells. */

/** A column name as it appears in messages: `"age"`. */
export function quoteName(name: string): string {
  return JSON.stringify(name);
}

/** A cell's text for a message: quoted, one line, at most 40 characters. */
export function quoteCell(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}
