/** An element of a parsed XML document: its name, child elements and its own text (entities decoded). */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
  /** Offset of the element's `<` in the text (0 for the document), to locate it by line. */
  at: number;
}

/** Why and where a document could not be read. */
export interface XmlProblem {
  message: string;
  /** 1-based line of the problem. */
  line: number;
}

/** Options for {@link parseXml}. */
export interface ParseXmlOptions {
  /** Deepest element nesting read. Default 100. */
  maxDepth?: number;
  /** Longest entity value declared in a DOCTYPE. Default 10,000 characters. */
  maxEntityLength?: number;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_:][\w.:-]*$/;

class XmlFailure {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

/**
 * Parses an XML document into a tree, never throwing: a problem comes back located by line. Only the five
 * predefined entities and character references are read; other entities are never expanded or fetched
 * (a reference to one is a problem), and a DOCTYPE declaring an external or parameter entity, or an entity
 * longer than the limit, is a problem. Attributes are skipped. An element's name is its local part
 * (`CHILD` for `<s:CHILD>`); its closing tag must match it as written. Element names are data (kept in
 * arrays), so a name such as `__proto__` is just a name.
 */
export function parseXml(
  text: string,
  options: ParseXmlOptions = {},
): { root: XmlElement } | { problem: XmlProblem } {
  try {
    return { root: new XmlParser(text, options.maxDepth ?? 100, options.maxEntityLength ?? 10_000).parse() };
  } catch (error) {
    // Anything else thrown (there should be nothing) is still reported, never passed on.
    if (!(error instanceof XmlFailure))
      return { problem: { message: 'The XML could not be read.', line: 1 } };
    return { problem: { message: error.message, line: lineAt(text, error.at) } };
  }
}

/**
 * A function giving the 1-based line of an offset in `text`. The line starts are found on the first call
 * only, so a file with no issue to locate pays nothing, and one with many pays once.
 */
export function lineFinder(text: string): (at: number) => number {
  let starts: number[] | undefined;
  return (at) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

class XmlParser {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly maxEntity: number,
  ) {}

  parse(): XmlElement {
    const document: XmlElement = { name: '#document', children: [], text: '', at: 0 };
    const stack: XmlElement[] = [document];
    // Each open element's name as written (`s:CHILD`), for matching its closing tag; `name` is the local part.
    const written: string[] = [''];
    const text = this.text;
    let rootSeen = false;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const top = stack[stack.length - 1] as XmlElement;
      const chunk = text.slice(this.pos, lt === -1 ? text.length : lt);
      if (chunk !== '') {
        if (stack.length === 1) {
          if (chunk.trim() !== '') this.fail('Text outside the root element.', this.pos);
        } else top.text += this.decode(chunk, this.pos);
      }
      if (lt === -1) break;
      this.pos = lt;
      if (text.startsWith('<!--', lt)) this.skipPast('-->', 'A comment is not closed.');
      else if (text.startsWith('<![CDATA[', lt)) {
        const end = this.find(']]>', lt + 9, 'A CDATA section is not closed.');
        if (stack.length === 1) this.fail('CDATA outside the root element.', lt);
        top.text += text.slice(lt + 9, end);
        this.pos = end + 3;
      } else if (text.startsWith('<?', lt)) this.skipPast('?>', 'A processing instruction is not closed.');
      else if (text.startsWith('<!DOCTYPE', lt)) this.doctype(rootSeen);
      else if (text.charCodeAt(lt + 1) === 47 /* / */) {
        const end = this.find('>', lt, 'A closing tag is not closed.');
        const name = text.slice(lt + 2, end).trim();
        if (stack.length === 1 || written[written.length - 1] !== name)
          this.fail(`A closing tag does not match its opening tag.`, lt);
        stack.pop();
        written.pop();
        this.pos = end + 1;
      } else {
        const { name, selfClosing, end } = this.openTag(lt);
        if (stack.length === 1) {
          if (rootSeen) this.fail('A second root element.', lt);
          rootSeen = true;
        }
        // A namespace prefix (`<s:CHILD>`, as some XML libraries write every element) is not part of the
        // element's name, as a namespace-aware reader reads it.
        const element: XmlElement = {
          name: name.slice(name.indexOf(':') + 1),
          children: [],
          text: '',
          at: lt,
        };
        top.children.push(element);
        if (!selfClosing) {
          if (stack.length > this.maxDepth)
            this.fail(`Elements are nested deeper than ${this.maxDepth} levels.`, lt);
          stack.push(element);
          written.push(name);
        }
        this.pos = end + 1;
      }
    }
    if (stack.length > 1) this.fail('An element is not closed by the end of the file.', text.length);
    if (!rootSeen) this.fail('The file holds no XML element.', 0);
    return document;
  }

  private openTag(lt: number): { name: string; selfClosing: boolean; end: number } {
    const text = this.text;
    let i = lt + 1;
    while (i < text.length && !/[\s/>]/.test(text.charAt(i))) i++;
    const name = text.slice(lt + 1, i);
    if (!NAME.test(name)) this.fail('A tag has no valid name.', lt);
    // Skip attributes, minding quoted values that may hold `>`.
    let quote = '';
    for (; i < text.length; i++) {
      const char = text.charAt(i);
      if (quote !== '') {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') return { name, selfClosing: text.charAt(i - 1) === '/', end: i };
      else if (char === '<') break;
    }
    return this.fail('A tag is not closed.', lt);
  }

  private doctype(rootSeen: boolean): void {
    const text = this.text;
    const start = this.pos;
    if (rootSeen) this.fail('A DOCTYPE after the root element.', start);
    const bracket = text.indexOf('[', start);
    const close = text.indexOf('>', start);
    if (close === -1) this.fail('The DOCTYPE is not closed.', start);
    if (/\b(SYSTEM|PUBLIC)\b/.test(text.slice(start, bracket !== -1 && bracket < close ? bracket : close))) {
      this.fail('The DOCTYPE refers to an external document, which is never fetched.', start);
    }
    if (bracket === -1 || bracket > close) {
      this.pos = close + 1;
      return;
    }
    const end = this.find(']', bracket, 'The DOCTYPE is not closed.');
    const subset = text.slice(bracket + 1, end);
    const declaration = /<!ENTITY\s+(%\s*)?[^\s]+\s+([^>]*)>/g;
    for (let match = declaration.exec(subset); match; match = declaration.exec(subset)) {
      const at = bracket + 1 + match.index;
      if (match[1]) this.fail('The DOCTYPE declares a parameter entity, which is never expanded.', at);
      const body = match[2] ?? '';
      if (/^\s*(SYSTEM|PUBLIC)\b/.test(body))
        this.fail('The DOCTYPE declares an external entity, which is never fetched.', at);
      if (body.length > this.maxEntity)
        this.fail(`An entity is longer than ${this.maxEntity} characters.`, at);
    }
    if (/<!ENTITY/.test(subset.replace(declaration, '')))
      this.fail('An entity declaration is not closed.', bracket);
    const after = text.indexOf('>', end);
    if (after === -1) this.fail('The DOCTYPE is not closed.', start);
    this.pos = after + 1;
  }

  private decode(chunk: string, at: number): string {
    if (!chunk.includes('&')) return chunk;
    return chunk.replace(/&([^;&\s]{0,12});?/g, (whole, name: string) => {
      if (!whole.endsWith(';')) return this.fail('An & is not part of an entity reference.', at);
      const predefined = PREDEFINED[name];
      if (predefined !== undefined && Object.hasOwn(PREDEFINED, name)) return predefined;
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
        ? Number.parseInt(name.slice(2), 16)
        : /^#\d{1,7}$/.test(name)
          ? Number(name.slice(1))
          : -1;
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
        return String.fromCodePoint(code);
      return this.fail(
        'An entity reference is not one of the predefined ones; entities are never expanded.',
        at,
      );
    });
  }

  private find(token: string, from: number, message: string): number {
    const at = this.text.indexOf(token, from);
    if (at === -1) this.fail(message, from);
    return at;
  }

  private skipPast(token: string, message: string): void {
    this.pos = this.find(token, this.pos + 2, message) + token.length;
  }

  private fail(message: string, at: number): never {
    throw new XmlFailure(message, at);
  }
}
