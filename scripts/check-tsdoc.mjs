#!/usr/bin/env node
// House rule 15: every export of every package has TSDoc, and every exported value (function,
// constant, class) carries an @example. Reads each package's src/index.ts with the TypeScript checker.
import { readdirSync } from 'node:fs';
import ts from 'typescript';

const options = {
  customConditions: ['@placewise/source'],
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  resolveJsonModule: true,
};
const problems = [];
for (const name of readdirSync('packages')) {
  const entry = `packages/${name}/src/index.ts`;
  const program = ts.createProgram([entry], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) continue;
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d));
    const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
    if (docs.length === 0) problems.push(`${entry}: \`${exported.name}\` has no TSDoc`);
    else if (isValue && !docs.some((d) => d.getText().includes('@example')))
      problems.push(`${entry}: \`${exported.name}\` has no @example`);
  }
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('TSDoc: every export documented, every exported value has an example.\n');
