import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** The documentation members of the rules' data: English for maintainers and listings, never shown by the elements. */
const DOC_MEMBERS = new Set(['note', 'notes', 'summary']);
/** Members of a rule declaration (`defineRule({…})`) that only listings and the catalogue tests read: the finding codes a check may emit. */
const RULE_DOC_MEMBERS = new Set(['codes']);
/** Members of the documents in `sources.ts` that only listings read (a citation names a document by its kind, number and issuer). */
const SOURCE_DOC_MEMBERS = new Set([...DOC_MEMBERS, 'title', 'url', 'signed', 'confidence']);

const isNamed = (p, names) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && names.has(p.name.text);

/**
 * esbuild plugin for the single-file builds: drops the documentation members
 * (`note`, `notes`, `summary`) from the object literals of `@truongthon/rules`
 * (rules, citations, parameters, regimes, overlays, sources), and the list of
 * finding codes (`codes`) from each rule declaration (`defineRule({…})`), and
 * the `title` and `url` of each document of `sources.ts` (a citation names a
 * document by its kind, number and issuer). They are the
 * maintainers' English notes on how sure a fact is and one-line summaries for
 * listings (`listRules`, `truongthon rules`); the codes list serves listings
 * and the catalogue tests (a check's findings carry their own codes). The
 * elements show a finding's text, the document's number and article and its
 * confidence, never these.
 * What the elements compute is unchanged; only those strings are left out of
 * the browser files. The ESM build for bundlers keeps everything.
 */
export function stripNotes(filter = /packages[\\/]rules[\\/]src[\\/].*\.ts$/) {
  return {
    name: 'strip-rule-notes',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        // The message catalogues are texts people read: left as they are.
        if (/[\\/]messages[\\/]/u.test(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: stripNotesSource(source, args.path), loader: 'ts' };
      });
    },
  };
}

/** `source` without the documentation members of its object literals. Exported for tests. */
export function stripNotesSource(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const sources = /(^|[\\/])sources\.ts$/u.test(fileName);
  let changed = false;
  const transformer = (context) => {
    const drop = (node, names) => {
      const kept = node.properties.filter((p) => !isNamed(p, names));
      if (kept.length === node.properties.length) return node;
      changed = true;
      return context.factory.updateObjectLiteralExpression(node, kept);
    };
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule' && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
        const [declaration, ...rest] = node.arguments;
        node = context.factory.updateCallExpression(node, node.expression, node.typeArguments, [drop(declaration, RULE_DOC_MEMBERS), ...rest]);
      }
      if (ts.isObjectLiteralExpression(node)) node = drop(node, sources ? SOURCE_DOC_MEMBERS : DOC_MEMBERS);
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit);
  };
  const result = ts.transform(file, [transformer]);
  const out = changed ? ts.createPrinter().printFile(result.transformed[0]) : source;
  result.dispose();
  return out;
}
