// US states as US news abbreviates them: in a lawmaker's tag ("Rep. Maria Delgado (D-Calif.)") and after a town
// ("MADISON, Wis.", "born in Rutland, Vt.,"). The abbreviation names the state, so it joins "Wisconsin" and
// relations.ts reads the town as in it. Pure: layout and mentions in, mentions amended in place.
import type { TextLayout } from "./tokens.ts";
import type { RawMention } from "./types.ts";

/** US states by their AP and postal abbreviations, as the tag after a lawmaker's name writes them ("D-N.M.", "R-Texas"). */
export const STATES: ReadonlyMap<string, string> = new Map(([
  ["Alabama", "Ala.", "AL"], ["Alaska", "Alaska", "AK"], ["Arizona", "Ariz.", "AZ"], ["Arkansas", "Ark.", "AR"], ["California", "Calif.", "CA"],
  ["Colorado", "Colo.", "CO"], ["Connecticut", "Conn.", "CT"], ["Delaware", "Del.", "DE"], ["Florida", "Fla.", "FL"], ["Georgia", "Ga.", "GA"],
  ["Hawaii", "Hawaii", "HI"], ["Idaho", "Idaho", "ID"], ["Illinois", "Ill.", "IL"], ["Indiana", "Ind.", "IN"], ["Iowa", "Iowa", "IA"],
  ["Kansas", "Kan.", "KS"], ["Kentucky", "Ky.", "KY"], ["Louisiana", "La.", "LA"], ["Maine", "Maine", "ME"], ["Maryland", "Md.", "MD"],
  ["Massachusetts", "Mass.", "MA"], ["Michigan", "Mich.", "MI"], ["Minnesota", "Minn.", "MN"], ["Mississippi", "Miss.", "MS"], ["Missouri", "Mo.", "MO"],
  ["Montana", "Mont.", "MT"], ["Nebraska", "Neb.", "NE"], ["Nevada", "Nev.", "NV"], ["New Hampshire", "N.H.", "NH"], ["New Jersey", "N.J.", "NJ"],
  ["New Mexico", "N.M.", "NM"], ["New York", "N.Y.", "NY"], ["North Carolina", "N.C.", "NC"], ["North Dakota", "N.D.", "ND"], ["Ohio", "Ohio", "OH"],
  ["Oklahoma", "Okla.", "OK"], ["Oregon", "Ore.", "OR"], ["Pennsylvania", "Pa.", "PA"], ["Rhode Island", "R.I.", "RI"], ["South Carolina", "S.C.", "SC"],
  ["South Dakota", "S.D.", "SD"], ["Tennessee", "Tenn.", "TN"], ["Texas", "Texas", "TX"], ["Utah", "Utah", "UT"], ["Vermont", "Vt.", "VT"],
  ["Virginia", "Va.", "VA"], ["Washington", "Wash.", "WA"], ["West Virginia", "W.Va.", "WV"], ["Wisconsin", "Wis.", "WI"], ["Wyoming", "Wyo.", "WY"],
] as const).flatMap(([name, ap, postal]) => [[ap, name], [postal, name], [name, name]] as [string, string][]));
/** AP's abbreviations with their period ("Wis.", "N.J."), which name nothing else after a town and a comma. */
const AP_FORMS: ReadonlyMap<string, string> = new Map([...STATES].filter(([form, name]) => form.endsWith(".") && form !== name));

/**
 * "MADISON, Wis.", "Rutland, Vt., in 1931", "NEWARK, N.J.": a place the recognisers found after a town and a comma,
 * written as AP abbreviates a state, is that state (a region, named in full).
 */
export function nameStatesAfterTowns(layout: TextLayout, mentions: RawMention[]): void {
  const t = layout.tokens;
  const endsAt = new Map<number, RawMention>();
  for (const m of mentions) endsAt.set(m.lastToken, m);
  for (const m of mentions) {
    if (m.type !== "Place" || t[m.firstToken - 1]?.text !== ",") continue;
    const dotted = m.text.endsWith(".") ? m.text : layout.text.slice(m.start, m.end + 1);
    const state = AP_FORMS.get(dotted);
    const town = endsAt.get(m.firstToken - 1);
    if (state === undefined || town?.type !== "Place") continue;
    m.kind = "region";
    m.canonical = state;
  }
}
