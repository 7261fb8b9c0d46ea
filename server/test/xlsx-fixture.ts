import { zipSync } from 'fflate';

/** A cell as a spreadsheet program stores it; a formula keeps the result it last computed. */
export type FixtureCell = string | number | boolean | { formula: string; result: number } | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: FixtureCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(cell)}</t></is></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  return `<c r="${ref}"><f>${xmlText(cell.formula)}</f><v>${cell.result}</v></c>`;
}

/** A worksheet's XML; `padding` characters of whitespace after the rows make it as large as a test needs. */
export function sheetXml(rows: readonly (readonly FixtureCell[])[], padding = 0): string {
  const body = rows
    .map((cells, r) =>
      cells.length === 0
        ? ''
        : `<row r="${r + 1}">${cells.map((c, i) => cellXml(c, `${columnName(i)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${body}${' '.repeat(padding)}</sheetData></worksheet>`;
}

/**
 * A minimal XLSX built by hand (inline strings, no styles), independent of the library the server
 * reads with; `sheets` maps each sheet's name to its worksheet XML, in order.
 */
export function xlsxFixture(sheets: Record<string, string>): Buffer {
  const names = Object.keys(sheets);
  const enc = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': enc(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        names
          .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
        names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    ),
  };
  names.forEach((name, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc(sheets[name] ?? '');
  });
  return Buffer.from(zipSync(files, { level: 9 }));
}

/**
 * Rewrites the sizes a zip states for one part, in its central directory and local header, to
 * `bytes`: the forged file of an attacker who wants a size check to pass.
 */
export function understateUnpackedSize(zip: Buffer, part: string, bytes: number): Buffer {
  const forged = Buffer.from(zip);
  const name = Buffer.from(part);
  const centralEntry = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = forged.indexOf(centralEntry); at !== -1; at = forged.indexOf(centralEntry, at + 1)) {
    const nameLength = forged.readUInt16LE(at + 28);
    if (!forged.subarray(at + 46, at + 46 + nameLength).equals(name)) continue;
    forged.writeUInt32LE(bytes, at + 24);
    forged.writeUInt32LE(bytes, forged.readUInt32LE(at + 42) + 22);
    return forged;
  }
  throw new Error(`no part ${part} in the zip`);
}
