/** The data file formats, by file extension (lower case, with the dot). */
const DATA_FORMATS = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
} as const;

/** How a data file is parsed. */
export type DataFormat = (typeof DATA_FORMATS)[keyof typeof DATA_FORMATS];

const EXTENSIONS = Object.keys(DATA_FORMATS);

/** The extensions a data file may have, for messages: `.csv, .jsonl, .ndjson or .json`. */
export const DATA_EXTENSIONS_TEXT = `${EXTENSIONS.slice(0, -1).join(', ')} or ${EXTENSIONS[EXTENSIONS.length - 1]}`;

/** The format of a data file from its extension (any case); undefined for an unknown one. */
export function dataFormat(extension: string): DataFormat | undefined {
  const lower = extension.toLowerCase();
  return Object.prototype.hasOwnProperty.call(DATA_FORMATS, lower)
    ? DATA_FORMATS[lower as keyof typeof DATA_FORMATS]
    : undefined;
}
