// Finds user-visible text written straight into JSX: letters in JSXText, and string
// literals in the attributes a person reads or hears (title, aria-label, placeholder, alt).
// Parsed with Vite's own parser (oxc, ESTree shape): TypeScript 7's compiler API is
// still marked unstable, and this needs no type information.
import { parseAst } from 'vite';

export interface HardcodedText {
  line: number;
  text: string;
}

const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'label']);
const LETTER = /\p{L}/u;

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function literalText(value: unknown): string | null {
  if (!isNode(value)) return null;
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type === 'JSXExpressionContainer') return literalText(value.expression);
  if (value.type === 'TemplateLiteral') {
    const quasis = value.quasis as Array<{ value: { cooked: string | null } }>;
    return quasis.map((q) => q.value.cooked ?? '').join(' ');
  }
  return null;
}

export function findHardcodedText(source: string, allowed: ReadonlySet<string> = new Set()): HardcodedText[] {
  const program = parseAst(source, { lang: 'tsx' });
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    return line + 1;
  };
  const found: HardcodedText[] = [];
  const report = (node: Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (LETTER.test(trimmed) && !allowed.has(trimmed)) found.push({ line: lineOf(node.start), text: trimmed });
  };
  const visit = (node: Node) => {
    if (node.type === 'JSXText') report(node, String(node.value));
    if (node.type === 'JSXAttribute') {
      const name = node.name as Node & { name?: unknown };
      if (typeof name.name === 'string' && READ_ATTRIBUTES.has(name.name)) {
        const text = literalText(node.value);
        if (text !== null) report(node, text);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(program as unknown as Node);
  return found;
}
