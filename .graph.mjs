import ts from "typescript";
import fs from "node:fs";
import path from "node:path";
const root = path.resolve("src");
const files = [];
(function walk(d){ for (const e of fs.readdirSync(d,{withFileTypes:true})) { const p=path.join(d,e.name); if (e.isDirectory()) walk(p); else if (/\.(tsx?|mts)$/.test(e.name)) files.push(p);} })(root);
const layer = (f) => path.relative(root, f).split(path.sep)[0];
const edges = new Map(); const details = [];
for (const f of files) {
  const info = ts.preProcessFile(fs.readFileSync(f,"utf8"), true, true);
  for (const imp of info.importedFiles) {
    const s = imp.fileName;
    if (!s.startsWith(".")) continue;
    const target = path.resolve(path.dirname(f), s);
    if (!target.startsWith(root)) continue;
    const a = layer(f), b = layer(target);
    if (a === b) continue;
    const k = a+" -> "+b; edges.set(k,(edges.get(k)||0)+1);
    details.push(`${path.relative(root,f)} -> ${s}`);
  }
}
for (const [k,v] of [...edges].sort()) console.log(k, v);
if (process.argv[2]) for (const d of details) if (d.startsWith(process.argv[2])) console.log("  ", d);
