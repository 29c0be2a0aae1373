// Generated graphs for the viewer benchmark: graphology's serialised form with entity attributes and x/y already
// laid out (bench-viewer.ts writes it in the compact form `kg export --format json` writes), deterministic from a
// seed so every run draws the same picture.
// The seeded PRNG is the project's own (mulberry32, as NER training uses).
import { seededRandom } from "../src/extract/ner/perceptron.ts";

export interface GeneratedGraphSpec {
  nodes: number;
  edges: number;
  seed: number;
}

export interface ExportedGraphJson {
  attributes: Record<string, unknown>;
  options: { type: "directed"; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

const TYPES = ["Person", "Person", "Person", "Group", "Group", "Place"] as const;
const FIRST = ["Amina", "Boris", "Chen", "Dara", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lena", "Mario", "Nadia", "Omar", "Priya"];
const LAST = ["Adeyemi", "Bauer", "Castro", "Dubois", "Eriksen", "Fischer", "Gupta", "Haddad", "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak"];
const GROUPS = ["Ministry", "Party", "Council", "Union", "Bank", "Army", "Agency", "Court", "Front", "League"];
const PLACES = ["Port", "Lake", "Mount", "New", "Saint", "North", "South", "Upper", "Old", "East"];
const PREDICATES = ["states", "demands", "rejects", "denies", "warns", "pledges", "urges", "reports"];
const RELATIONS = ["ROLE", "MEMBER_OF", "AIDE_TO", "SPOUSE_OF"];

function nodeName(type: string, i: number): string {
  const tag = (n: number) => String(n).padStart(5, "0");
  if (type === "Person") return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${tag(i)}`;
  if (type === "Group") return `${GROUPS[i % GROUPS.length]} of ${LAST[(i * 7) % LAST.length]} ${tag(i)}`;
  return `${PLACES[i % PLACES.length]} ${LAST[(i * 3) % LAST.length]}ville ${tag(i)}`;
}

/**
 * Nodes in clusters (about √n of them, scattered on a disc, nodes normally distributed around each centre), edges
 * mostly inside a cluster and towards its first, busiest members, so degrees are skewed as in news graphs and the
 * precomputed layout already shows the structure a force layout would find.
 */
export function generateGraph({ nodes: n, edges: m, seed }: GeneratedGraphSpec): ExportedGraphJson {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clusterCount = Math.max(1, Math.round(Math.sqrt(n)));
  const centres = Array.from({ length: clusterCount }, () => {
    const r = 1000 * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const clusterOf = (i: number) => i % clusterCount;
  const spread = 1000 / Math.sqrt(clusterCount);

  const nodes = Array.from({ length: n }, (_, i) => {
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const centre = centres[clusterOf(i)]!;
    const name = nodeName(type, i);
    return {
      key: `gen_${i}`,
      attributes: {
        id: `gen_${i}`, type, name, label: name, aliases: [], kind: null, mentionCount: 1 + Math.floor(20 * random() ** 3),
        x: centre.x + spread * 0.35 * gaussian(), y: centre.y + spread * 0.35 * gaussian(),
      },
    };
  });

  // Picks a member of a cluster, favouring its first members (squared uniform): a few hubs, many leaves.
  const membersPerCluster = Math.ceil(n / clusterCount);
  const pickIn = (cluster: number) => {
    for (;;) {
      const i = cluster + clusterCount * Math.floor(membersPerCluster * random() ** 2);
      if (i < n) return i;
    }
  };
  const edges: ExportedGraphJson["edges"] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    const source = Math.floor(random() * n);
    const cluster = random() < 0.85 ? clusterOf(source) : Math.floor(random() * clusterCount);
    const target = pickIn(cluster);
    if (target === source) continue;
    const claim = random() < 0.6;
    const type = claim ? "CLAIM" : RELATIONS[Math.floor(random() * RELATIONS.length)]!;
    const key = `${type}:gen_${source}->gen_${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const date = `2005-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const predicate = PREDICATES[Math.floor(random() * PREDICATES.length)]!;
    edges.push({
      key, source: `gen_${source}`, target: `gen_${target}`,
      attributes: claim
        ? { type, weight: 1, label: predicate, labels: [predicate], claims: [{ predicate, date }] }
        : { type, weight: 1 + Math.floor(3 * random() ** 4), label: type.toLowerCase(), labels: [type.toLowerCase()] },
    });
  }
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges };
}
