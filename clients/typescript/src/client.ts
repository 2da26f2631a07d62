// A case system's client of the gevoeligheid service, typed by the types openapi-typescript
// generates from the service's contract (docs/openapi.json; `npm run build` generates and compiles).
//
//   node dist/client.js http://127.0.0.1:8080 ../../examples/05-pig-farm-odour-complaint-wave.json
//
// Set GEVOELIG_TOKEN to an API key when the service has keys. It evaluates the dossier, then a
// dossier with an unknown fact (to read the problem document), then both as an NDJSON stream,
// following the answer line by line, and prints what it found as one JSON object.
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import type { paths, SchemaDossier, SchemaProblem, SchemaStreamLine } from "./schema.js";

const [base, dossierFile] = process.argv.slice(2);
if (!base || !dossierFile) {
  console.error("usage: node dist/client.js BASE_URL DOSSIER.json");
  process.exit(2);
}
const token = process.env.GEVOELIG_TOKEN;
const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
// The contract's paths are relative to its server, /v1: the major version is in the base URL.
const client = createClient<paths>({ baseUrl: `${base}/v1`, headers });

const dossier = JSON.parse(readFileSync(dossierFile, "utf-8")) as SchemaDossier;
// A fact no version knows, as a typing mistake in a case system would send it.
const bad = { ...dossier, facts: { ...dossier.facts, subsidy: true } } as SchemaDossier;

async function evaluate() {
  const { data, error, response } = await client.POST("/evaluate", { body: dossier });
  if (error || !data) throw new Error(`evaluate failed: ${response.status} ${JSON.stringify(error)}`);
  return {
    classification: data.classification,
    escalation: data.escalation,
    inform: data.inform,
    rulesetVersion: data.ruleset.version,
    decisionId: response.headers.get("Gevoelig-Decision-Id"),
    apiVersion: response.headers.get("API-Version"),
  };
}

async function problem() {
  const { data, error, response } = await client.POST("/evaluate", { body: bad, headers: { "Accept-Language": "en" } });
  if (data || !error) throw new Error("a dossier with an unknown fact was accepted");
  const found: SchemaProblem = error;
  // The Design Rules' form lists every wrong place in `invalidParams`; older answers name one `pointer`.
  const invalid = (found as { invalidParams?: { name?: string; reason?: string }[] }).invalidParams;
  return {
    httpStatus: response.status,
    contentType: response.headers.get("Content-Type"),
    type: found.type,
    title: found.title,
    detail: found.detail,
    pointers: invalid ? invalid.map((param) => param.name ?? "") : [found.pointer ?? ""],
  };
}

async function stream() {
  // openapi-fetch reads whole answers; the stream is read with fetch, line by line as it comes.
  const body = [JSON.stringify(dossier), JSON.stringify(bad)].join("\n") + "\n";
  const response = await fetch(`${base}/v1/batch/stream`, { method: "POST", headers: { ...headers, "Content-Type": "application/x-ndjson" }, body });
  if (!response.ok || !response.body) throw new Error(`stream failed: ${response.status}`);
  const lines: SchemaStreamLine[] = [];
  const decoder = new TextDecoder();
  let pending = "";
  for await (const chunk of response.body) {
    pending += decoder.decode(chunk as Uint8Array, { stream: true });
    // Split on \n only: a result may hold U+2028 inside a string.
    let end: number;
    while ((end = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      if (line.trim()) lines.push(JSON.parse(line) as SchemaStreamLine);
    }
  }
  const last = lines[lines.length - 1];
  if (!last || !("done" in last) || !last.done) throw new Error("the stream was cut off before its summary line");
  return lines.map((line) => ("done" in line ? { done: line.done, evaluated: line.evaluated, failed: line.failed } : "result" in line ? { line: line.line, classification: line.result.classification } : { line: line.line, error: line.error.type }));
}

const report = { evaluate: await evaluate(), problem: await problem(), stream: await stream() };
console.log(JSON.stringify(report));
