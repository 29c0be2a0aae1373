// Players by their team and position, the way sports pages name them: "Fluminense forward Tiago Mendonça", "England
// wing Harry Penrose", "Wellington fast bowler Ben Kerrigan", "Brondby right back Nils Eriksen". A position is no title
// (nobody is "Forward Mendonça"), so the title rules never see it; here the team right before it is whose player the
// person is: ROLE, labelled with the position's words.
import type { TextLayout } from "./tokens.ts";
import type { RawMention, RawRelation } from "./types.ts";

const POSITIONS: ReadonlySet<string> = new Set(["forward", "striker", "midfielder", "defender", "goalkeeper", "keeper", "goalie", "winger", "wing",
  "full-back", "fullback", "centre-back", "center-back", "centre-half", "lock", "prop", "hooker", "flanker", "fly-half", "scrum-half", "centre",
  "batter", "batsman", "batswoman", "bowler", "spinner", "seamer", "paceman", "all-rounder", "wicketkeeper", "wicket-keeper", "opener",
  "pitcher", "catcher", "shortstop", "quarterback", "linebacker", "playmaker", "captain", "skipper", "vice-captain"]);
/** Words that only say which position: "right back", "fast bowler", "loosehead prop", "opening batter". */
const SIDES = /^(?:right|left|central|centre|center|fast|leg|off|opening|loosehead|tighthead|attacking|defensive|holding|red-ball|white-ball)$/;
/** Teams: a club or a body of no known kind ("Fluminense", "Clermont Auvergne"), or the country or town it plays for. */
const teamLike = (m: RawMention): boolean =>
  (m.type === "Group" && (m.kind === undefined || m.kind === "club")) || (m.type === "Place" && (m.kind === "country" || m.kind === "city"));

export function teamPositions(layout: TextLayout, mentions: readonly RawMention[]): RawRelation[] {
  const t = layout.tokens;
  const endsAt = new Map(mentions.map((m, i) => [m.lastToken, i]));
  const out: RawRelation[] = [];
  mentions.forEach((player, i) => {
    const position = player.firstToken - 1;
    // ("right back": "back" names a position only after its side.)
    const sided = t[position]?.text === "back" && /^(?:right|left)$/.test(t[position - 1]?.text ?? "");
    if (player.type !== "Person" || player.title || !(POSITIONS.has(t[position]?.text ?? "") || sided)) return;
    const side = sided || SIDES.test(t[position - 1]?.text ?? "") ? position - 1 : position;
    const team = endsAt.get(side);
    if (team === undefined || mentions[team]!.possessive || mentions[team]!.sentence !== player.sentence || !teamLike(mentions[team]!)) return;
    out.push({ type: "ROLE", source: i, target: { mention: team }, evidence: { start: mentions[team]!.start, end: player.end }, label: layout.text.slice(t[side]!.start, t[position]!.end) });
  });
  return out;
}
