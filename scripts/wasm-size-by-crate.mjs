// Sums twiggy's `top -f csv` rows per crate, and per module for Pantau's
// own code, so a change's effect on the wasm shows where it landed.
import { readFileSync } from "node:fs";

const [, , csvPath] = process.argv;
const lines = readFileSync(csvPath, "utf8").trim().split("\n").slice(1);
const sums = new Map();
for (const line of lines) {
  // Name,ShallowSize,ShallowSizePercent,... with the name quoted when it holds commas.
  const match = /^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/.exec(line);
  if (!match) continue;
  const name = (match[1] ?? match[2]).replace(/""/g, '"');
  if (name.includes("function names") || name.startsWith("custom section")) continue;
  const own = /pantau(?:_app)?::(?:web::components::\w+|web::\w+|core::\w+|\w+)/.exec(name);
  const crate = /^<?(?:<)?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  const key = own ? own[0] : crate ? crate[1] : name.startsWith("data segment") ? "(data: strings, tables)" : "(other)";
  sums.set(key, (sums.get(key) ?? 0) + Number(match[3]));
}
const total = [...sums.values()].reduce((a, b) => a + b, 0);
for (const [key, bytes] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${String(bytes).padStart(8)}  ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${key}`);
}
console.log(`${String(total).padStart(8)}  total`);
