// The alliances app: the network of a case at a month, from the JSON API, drawn as SVG
// on the layout the server computes once per case (an actor keeps its place while time
// moves), with the evidence of a tie and the profile of an actor beside it. Every text
// from the record is set as text, never as markup.

import { team } from "./team.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 1000, H = 720, MARGIN = 48;
const SIGN_COLOUR = { "+": "#1f6fb2", "-": "#c62828", "0": "#8a8f98" };
const KIND_COLOUR = {
  state: "#6a51a3", "state-organ": "#807dba", "armed-group": "#e6550d", militia: "#fd8d3c",
  party: "#31a354", faction: "#74c476", individual: "#636363", coalition: "#3182bd",
  "criminal-network": "#8c6d31", category: "#bdbdbd",
};
const CREDIBILITY = ["", "confirmed", "probably true", "possibly true", "doubtful", "improbable", "cannot be judged"];

const $ = (id) => document.getElementById(id);
const state = { case: "", at: "", layers: ["alignment"], fold: true, anyDay: false, sel: "", view: "network", actor: "" };
let layout = null, months = [], network = null, pending = null, playing = null, cases = [];

// api fetches a path of the JSON API with parameters, and throws the API's message on
// an error.
async function api(path, params = {}, signal) {
  const q = new URLSearchParams();
  if (team.proposed) q.append("proposed", "include"); // a team server reads the changes waiting for review in
  for (const [k, v] of Object.entries(params)) {
    if (v === true) q.append(k, "true");
    else if (v !== "" && v !== false && v != null) q.append(k, v);
  }
  const r = await fetch(path + (q.size ? "?" + q : ""), { signal });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// The view's state lives in the URL's fragment, so that a link restores it.
function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  state.case = h.get("case") || "";
  state.at = h.get("at") || "";
  state.layers = (h.get("layers") || "alignment").split(",").filter(Boolean);
  state.fold = h.get("fold") !== "no";
  state.anyDay = h.get("overlap") === "any";
  state.sel = h.get("sel") || "";
  state.view = ["map", "provinces", "analyses", "actor", "timeline", "leaders", "review", "audit", "documents"].includes(h.get("view")) ? h.get("view") : "network";
  // An analysis the app does not draw (an old link, a typed address) falls back to brokers;
  // who supported an actor is the Support map's.
  state.analysis = ["brokers", "centrality", "balance", "blocs", "path", "cascade"].includes(h.get("analysis")) ? h.get("analysis") : "brokers";
  if (h.get("analysis") === "supporters") state.view = "map";
  state.robust = h.get("robust") === "1";
  state.pair = (h.get("pair") || "").split(",").filter(Boolean);
  state.from = h.get("from") || "";
  state.filter = { text: h.get("q") || "", kind: h.get("kind") || "", sign: h.get("sign") || "" };
  state.to = h.get("to") || "";
  state.actor = h.get("actor") || "";
}

function writeHash() {
  const h = new URLSearchParams();
  h.set("case", state.case);
  if (state.at) h.set("at", state.at);
  h.set("layers", state.layers.join(","));
  if (!state.fold) h.set("fold", "no");
  if (state.anyDay) h.set("overlap", "any");
  if (state.sel) h.set("sel", state.sel);
  if (state.view !== "network") h.set("view", state.view);
  if (state.actor) h.set("actor", state.actor);
  if (state.view === "analyses") h.set("analysis", state.analysis);
  if (state.view === "analyses" && state.robust) h.set("robust", "1");
  if (state.view === "analyses" && state.analysis === "path" && state.pair.length === 2) h.set("pair", state.pair.join(","));
  if (state.view === "analyses" && ["balance", "blocs"].includes(state.analysis) && state.from) { h.set("from", state.from); h.set("to", state.to); }
  if (state.view === "timeline" && state.filter) for (const [k, v] of [["q", state.filter.text], ["kind", state.filter.kind], ["sign", state.filter.sign]]) if (v) h.set(k, v);
  history.replaceState(null, "", "#" + h);
}

// inApp rewords the command line's flags that the analyses' texts name into the app's
// controls, so that a warning says what to do here.
const CONTROLS = [
  [/--overlap any/g, "“ties of any day of the month”"],
  [/--layers alignment,process(=[0-9.]+)?/g, "the process layer"],
  [/--no-fold/g, "unticking “fold parts into their organizations”"],
  [/\(--explain lists the ties\)/g, "(a click on a tie shows its evidence)"],
  [/a finer --step/g, "a shorter period"],
  [/--robust/g, "“how robust” (under Analyses)"],
];

function inApp(text) {
  for (const [re, words] of CONTROLS) text = text.replace(re, words);
  return text;
}

function status(text, warnings = []) {
  text = inApp(text);
  warnings = warnings.map(inApp);
  const s = $("status");
  s.replaceChildren(text);
  if (warnings.length) {
    const list = el("ul");
    for (const w of warnings) list.append(el("li", { text: w }));
    s.append(" ", el("details", { open: warnings.length <= 3 }, el("summary", { class: "warn", text: `${warnings.length} warning${warnings.length > 1 ? "s" : ""}: when not to trust this picture` }), list));
  }
}

// setMonths sets the slider's months: the case's own years (from the first year where the
// earliest twentieth of its ties begin), or every month on record when asked; a date
// asked for outside them extends them.
async function setMonths() {
  let first = layout.first;
  if (!$("whole-record").checked) {
    const [lo] = corePeriod(await caseBars());
    if (lo > first) first = lo;
  }
  if (state.at && state.at < first.slice(0, 7) && state.at >= layout.first.slice(0, 7)) first = state.at + "-01";
  months = monthsOf(first, layout.last);
  const slider = $("date");
  slider.max = Math.max(0, months.length - 1);
  let i = months.indexOf(state.at);
  if (i < 0) i = months.findIndex((m) => state.at && m.startsWith(state.at)); // a year: its first month on record
  if (i < 0) i = months.length - 1;
  slider.value = i;
  state.at = months[i] || "";
  $("date-label").value = state.at;
}

// monthsOf lists the months from the first to the last day of the record, as YYYY-MM.
function monthsOf(first, last) {
  const out = [];
  if (!first || !last) return out;
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

function place(p) {
  return [MARGIN + p.x * (W - 2 * MARGIN), MARGIN + p.y * (H - 2 * MARGIN)];
}

async function loadCase() {
  layout = await api("/api/v1/layout", { case: state.case });
  await setMonths();
  $("actor-names").replaceChildren(...layout.actors.map((a) => el("option", { value: a.name })));
  const g = $("actors");
  g.replaceChildren();
  for (const a of layout.actors) {
    const [x, y] = place(a);
    const node = el("svg:g", {
      class: "actor", "data-id": a.id, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`, tabindex: "0", role: "button",
      "aria-label": `${a.name} (${a.kind || "actor"})`, display: "none",
      onclick: () => select(a.id), onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(a.id); } },
    },
      el("svg:circle", { r: 7, fill: KIND_COLOUR[a.kind] || "#969696", stroke: "#ffffff", "stroke-width": 1.5 }),
      el("svg:text", { x: 10, y: 4, "font-size": 12, "paint-order": "stroke", stroke: "#ffffff", "stroke-width": 3, "stroke-linejoin": "round", fill: "#1b1f24", text: a.name }),
      el("svg:title", { text: `${a.name} (${a.kind || "actor"})` }));
    g.append(node);
  }
}

// draw asks for the network at the slider's month and draws it, or the support map of
// the slider's year; a newer move of the slider cancels an older request.
async function draw() {
  state.at = months[+$("date").value] || "";
  $("date-label").value = state.at;
  writeHash();
  if (state.view === "map") return drawMap();
  if (state.view === "provinces") return drawProvinces();
  if (state.view === "analyses") return drawAnalysis();
  if (state.view === "actor") return drawActorPage();
  if (state.view === "timeline") return drawTimeline();
  if (state.view === "leaders") return drawLeaders();
  if (state.view === "review") return team.showReview($("review-out")).catch((e) => status(e.message));
  if (state.view === "audit") return team.showAudit($("audit-out")).catch((e) => status(e.message));
  if (state.view === "documents") return team.showDocuments($("documents-out")).catch((e) => status(e.message));
  if (!months.length) {
    // A case with no tie on record yet: one read from a report, its proposals waiting.
    const note = `No tie of this case is on record yet.${team.on ? " The proposals made of its reports wait under Review, and under Documents beside their sentences."
      : ` Proposals read from reports (alliances extract --propose) wait for review: alliances review --case ${state.case} on the command line, or alliances serve --team to review them here.`}`;
    $("ties").replaceChildren(el("svg:text", { class: "empty-case", x: W / 2, y: H / 3, "text-anchor": "middle", "font-size": 16, fill: "#57606a",
      text: "No tie of this case is on record yet." }));
    $("ties").append(el("svg:text", { class: "empty-case", x: W / 2, y: H / 3 + 26, "text-anchor": "middle", "font-size": 14, fill: "#57606a",
      text: team.on ? "The proposals made of its reports wait under Review, and under Documents."
        : `Proposals read from reports wait for review: alliances review --case ${state.case}, or alliances serve --team to review them here.` }));
    for (const n of $("actors").children) n.setAttribute("display", "none");
    status(note);
    document.documentElement.dataset.at = "";
    return;
  }
  if (pending) pending.abort();
  const ctrl = new AbortController();
  pending = ctrl;
  try {
    const params = { case: state.case, at: state.at, layers: state.layers.join(","), "no-fold": !state.fold, overlap: state.anyDay ? "any" : "" };
    network = await api("/api/v1/network", params, ctrl.signal);
  } catch (e) {
    if (e.name === "AbortError") return;
    status(e.message);
    return;
  } finally {
    if (pending === ctrl) pending = null;
  }
  if (!(await render())) return; // a newer draw took over
  document.documentElement.dataset.at = network.at; // what the picture shows, for scripts and tests
  document.documentElement.dataset.renderedAt = String(Math.round(performance.now()));
  status(network.reading, network.warnings);
  if (!document.documentElement.dataset.drawn) document.documentElement.dataset.drawn = String(Math.round(performance.now()));
}

// render draws the network: the actors at once, the ties in batches of 5,000 between
// frames, so that a large picture never blocks the page while it is drawn; a newer draw
// stops an older one. It resolves false when stopped.
let renderGen = 0;
async function render() {
  const gen = ++renderGen;
  const pos = new Map(layout.actors.map((a) => [a.id, place(a)]));
  const present = new Set(network.actors.map((a) => a.id));
  const degree = new Map();
  for (const t of network.ties) for (const v of [t.from, t.to]) degree.set(v, (degree.get(v) || 0) + 1);
  // A large picture labels only its best-linked actors (the others on hover, focus or
  // selection), and draws smaller discs.
  const many = present.size > 150;
  const labelled = new Set(many ? [...present].sort((a, b) => (degree.get(b) || 0) - (degree.get(a) || 0)).slice(0, 40) : present);
  const raise = [];
  for (const node of $("actors").children) {
    const id = node.dataset.id;
    node.setAttribute("display", present.has(id) ? "inline" : "none");
    node.firstChild.setAttribute("r", ((many ? 2.5 : 5) + (many ? 1 : 2) * Math.sqrt(degree.get(id) || 0)).toFixed(1));
    const shown = labelled.has(id) || id === state.sel;
    node.children[1].setAttribute("display", shown ? "inline" : "none");
    if (many && shown) raise.push(node);
  }
  $("actors").append(...raise); // labelled discs on top of the others
  placeLabels(pos, present, labelled, degree);
  // Ties between the same two actors bend apart, each its own curve.
  const names = new Map(layout.actors.map((a) => [a.id, a.name]));
  const name = (id) => names.get(id) || id;
  const pairs = new Map();
  const g = $("ties");
  g.replaceChildren();
  const ties = network.ties, batch = 5000;
  for (let i = 0; i < ties.length; i += batch) {
    if (i > 0) {
      await new Promise((done) => requestAnimationFrame(done));
      if (gen !== renderGen) return false;
    }
    const part = document.createDocumentFragment();
    for (const t of ties.slice(i, i + batch)) {
      drawTie(part, t, pos, pairs, name);
    }
    g.append(part);
  }
  focus();
  return true;
}

// drawTie adds a tie's curve: ties between the same two actors bend apart.
function drawTie(g, t, pos, pairs, name) {
  {
    const a = pos.get(t.from), b = pos.get(t.to);
    if (!a || !b) return;
    const key = t.from < t.to ? t.from + " " + t.to : t.to + " " + t.from;
    const k = pairs.get(key) || 0;
    pairs.set(key, k + 1);
    const bend = (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 18;
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2, len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const cx = mx - ((b[1] - a[1]) / len) * bend, cy = my + ((b[0] - a[0]) / len) * bend;
    const doubtful = t.status === "alleged" || t.status === "disputed" || t.inferred;
    g.append(el("svg:path", {
      class: t.proposal ? "tie proposed" : "tie", "data-proposal": t.proposal || null, "data-id": t.id, "data-from": t.from, "data-to": t.to, "data-sign": t.sign, "data-kind": t.kind,
      d: `M${a[0].toFixed(1)},${a[1].toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`,
      fill: "none", stroke: SIGN_COLOUR[t.sign] || SIGN_COLOUR["0"], "stroke-width": Math.min(8, 1 + 0.6 * t.weight).toFixed(1),
      "stroke-dasharray": t.proposal ? "1 5" : doubtful ? "6 4" : null, "stroke-linecap": "round", tabindex: "0", role: "button",
      "aria-label": `${name(t.from)} ${t.kind} ${name(t.to)}, ${t.sign}, ${t.status}`,
      onclick: () => select(t.id), onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(t.id); } },
    }, el("svg:title", { text: `${name(t.from)} ${t.kind} ${name(t.to)} (${t.sign}, ${t.status}${t.inferred ? ", inferred" : ""}${t.proposal ? "; proposed, waiting for review" : ""})` })));
  }
}

// placeLabels puts each label shown where it overlaps no label placed before it (the
// best-linked actors first) and stays inside the drawing: right of its disc, else left,
// above or below; a label with no free place is hidden, and shows on hover (its title) or when its actor is selected.
function placeLabels(pos, present, labelled, degree) {
  const boxes = [];
  // A place fits where it overlaps no label placed and stays inside the drawing.
  const fits = (b) => b.x >= 0 && b.x + b.w <= W && b.y >= 0 && b.y + b.h <= H &&
    !boxes.some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
  const order = [...present].filter((id) => labelled.has(id) || id === state.sel)
    .sort((a, b) => (b === state.sel) - (a === state.sel) || (degree.get(b) || 0) - (degree.get(a) || 0));
  const nodes = new Map([...$("actors").children].map((n) => [n.dataset.id, n]));
  for (const id of order) {
    const node = nodes.get(id), text = node && node.children[1];
    if (!text || !pos.get(id)) continue;
    const [px, py] = pos.get(id);
    const r = +node.firstChild.getAttribute("r");
    const w = 6.6 * text.textContent.length, h = 13;
    const spots = [
      { x: r + 3, y: 4, anchor: "start", box: { x: px + r + 3, y: py - 9, w, h } },
      { x: -r - 3, y: 4, anchor: "end", box: { x: px - r - 3 - w, y: py - 9, w, h } },
      { x: 0, y: -r - 4, anchor: "middle", box: { x: px - w / 2, y: py - r - 4 - 11, w, h } },
      { x: 0, y: r + 13, anchor: "middle", box: { x: px - w / 2, y: py + r + 2, w, h } },
    ];
    const spot = spots.find((s) => fits(s.box));
    if (!spot && id !== state.sel) {
      text.setAttribute("display", "none");
      continue;
    }
    const s = spot || spots[0];
    text.setAttribute("x", s.x.toFixed(1));
    text.setAttribute("y", s.y.toFixed(1));
    text.setAttribute("text-anchor", s.anchor);
    text.setAttribute("display", "inline");
    boxes.push(s.box);
  }
}

// focus dims what lies outside the selected actor's neighbourhood.
function focus() {
  if (!network || !layout) return; // the first picture is not drawn yet
  const id = state.sel;
  const isActor = id && layout && layout.actors.some((a) => a.id === id);
  const near = new Set(isActor ? [id] : []);
  if (isActor) for (const t of network.ties) if (t.from === id || t.to === id) { near.add(t.from); near.add(t.to); }
  for (const node of $("actors").children) node.classList.toggle("dim", isActor && !near.has(node.dataset.id));
  for (const p of $("ties").children) {
    p.classList.toggle("dim", isActor && p.dataset.from !== id && p.dataset.to !== id);
    p.classList.toggle("selected", p.dataset.id === id);
  }
}

async function select(id) {
  state.sel = id;
  writeHash();
  focus();
  const isActor = layout.actors.some((a) => a.id === id);
  try {
    if (isActor) await showActor(id);
    else await showTie(id);
  } catch (e) {
    $("details").replaceChildren(el("p", { text: e.message }));
  }
}

function dl(rows) {
  const d = el("dl");
  for (const [k, v] of rows) if (v) d.append(el("dt", { text: k }), el("dd", {}, v));
  return d;
}

function tieLink(t, label) {
  return el("button", { class: "link", type: "button", onclick: () => select(t.id), text: label });
}

async function showTie(id) {
  const ev = await api("/api/v1/ties/" + encodeURIComponent(id));
  const t = ev.tie, n = (a) => ev.names[a] || a;
  const box = $("details");
  const cites = el("ul");
  for (const c of t.citations || []) {
    const s = ev.sources[c.source] || { title: c.source, reliability: "?" };
    cites.append(el("li", { class: "cite" },
      el("strong", { text: s.title }), ` (${c.source}; source reliability ${s.reliability})`, el("br"),
      c.locator ? `${c.locator}; ` : "", `credibility ${c.credibility}: ${CREDIBILITY[c.credibility] || ""}`,
      c.stance === "denies" ? "; the source denies it" : "",
      c.attributed_to ? `; according to ${c.attributed_to}` : "",
      c.note ? el("div", { text: c.note }) : null));
  }
  const versions = el("table", {}, el("tr", {}, el("th", { text: "version" }), el("th", { text: "recorded" }), el("th", { text: "until" })));
  for (const v of ev.versions) {
    versions.append(el("tr", {}, el("td", { text: String(v.version) }), el("td", { text: v.from.slice(0, 19).replace("T", " ") }),
      el("td", { text: v.to ? v.to.slice(0, 19).replace("T", " ") : "current" })));
  }
  const pairTies = await api("/api/v1/ties", { actor: [t.subject, t.object].join(","), case: t.recorded ? t.recorded.case : "" })
    .then((ts) => ts.filter((x) => x.id !== t.id && [x.subject, x.object].includes(t.subject) && [x.subject, x.object].includes(t.object)))
    .catch(() => []);
  const others = el("ul");
  for (const x of pairTies) others.append(el("li", {}, tieLink(x, `${x.kind} (${x.sign})`), ` ${x.valid}, ${x.status}${x.basis === "inferred" ? ", inferred" : ""}`));
  box.replaceChildren(...[ // replaceChildren writes a null as the word "null"
    el("h2", { text: `${n(t.subject)} ${t.kind}${t.type ? " (" + t.type + ")" : ""} ${n(t.object)}` }),
    dl([
      ["tie", t.id], ["sign", t.sign], ["when", `${ev.valid_words} (${t.valid})`], ["status", t.status],
      ["basis", t.basis === "inferred" ? "inferred by the analyst" : "stated by the sources"],
      ["intensity", t.intensity ? String(t.intensity) + " of 5" : "not graded"], ["forms", (t.forms || []).join(", ")],
      ["third party", t.third ? n(t.third) + (t.role ? ` (${t.role})` : "") : ""], ["case", t.recorded ? t.recorded.case : ""],
    ]),
    t.recorded && t.recorded.proposal ? el("p", { class: "warn", text: `A proposed change (proposal ${t.recorded.proposal}), waiting for review: not yet in the record.` }) : null,
    team.tieActions(t),
    el("h3", { text: "Evidence" }), cites,
    t.note ? el("h3", { text: "Note" }) : null, t.note ? el("p", { text: t.note }) : null,
    pairTies.length ? el("h3", { text: `Their other ties (${pairTies.length}), which may carry the relationship before or after this one` }) : null,
    pairTies.length ? others : null,
    el("h3", { text: "History" }), versions].filter((x) => x != null));
}

async function showActor(id) {
  const p = await api("/api/v1/actors/" + encodeURIComponent(id), { at: state.at });
  const a = p.actor;
  const list = (ties, other) => {
    const ul = el("ul");
    for (const t of ties || []) ul.append(el("li", {}, tieLink(t, `${t.kind} ${other(t)}`), ` ${t.sign}, ${t.valid}, ${t.status}`));
    return ul;
  };
  const known = new Map(layout.actors.map((x) => [x.id, x.name]));
  const other = (t) => { const o = t.subject === a.id ? t.object : t.subject; return known.get(o) || o; };
  $("details").replaceChildren(...[ // replaceChildren writes a null as the word "null"
    el("h2", { text: a.name }),
    el("button", { type: "button", onclick: () => { state.sel = a.id; setView("actor"); }, text: "Its page: every tie through time" }),
    dl([["id", a.id], ["kind", a.kind], ["also", (a.aliases || []).join("; ")], ["home", [a.province, a.country].filter(Boolean).join(", ")], ["note", a.note]]),
    team.actorActions(a),
    el("h3", { text: `Part of (at ${state.at})` }), list(p.parents, (t) => t.object),
    el("h3", { text: "Its parts and members" }), list(p.members, (t) => t.subject),
    el("h3", { text: `Ties at ${state.at}` }), list(p.ties, other)].filter((x) => x != null));
}

// exportSVG writes the picture as a file of its own: the network as drawn, with the
// case, the date, the rules of the snapshot and the sources named on it.
function exportSVG() {
  const c = cases.find((x) => x.id === state.case) || { title: state.case };
  const out = el("svg:svg", { viewBox: `0 0 ${W} ${H + 70}`, width: W, height: H + 70, "font-family": "sans-serif" });
  out.append(el("svg:rect", { width: W, height: H + 70, fill: "#ffffff" }));
  out.append(el("svg:text", { x: 16, y: 24, "font-size": 16, "font-weight": "bold", fill: "#1b1f24", text: `${c.title}: ${state.at}` }));
  out.append(el("svg:text", { x: 16, y: 44, "font-size": 12, fill: "#59636e",
    text: `Ties that hold for most of ${state.at}; layers ${state.layers.join(", ")}; ${state.fold ? "parts folded into their organizations" : "parts apart"}; blue friendly, red hostile, dashed alleged, disputed or inferred.` }));
  const body = el("svg:g", { transform: "translate(0,50)" });
  for (const id of ["ties", "actors"]) {
    const g = $(id).cloneNode(true);
    g.removeAttribute("id");
    for (const n of g.querySelectorAll("[display=none]")) n.remove();
    for (const n of g.querySelectorAll("[tabindex]")) { n.removeAttribute("tabindex"); n.removeAttribute("role"); }
    body.append(g);
  }
  out.append(body);
  const srcs = network ? `${network.case}` : state.case;
  out.append(el("svg:text", { x: 16, y: H + 62, "font-size": 11, fill: "#59636e",
    text: `Source: the alliances record of case ${srcs}, as known at ${new Date().toISOString().slice(0, 10)}; every tie cites its evidence (alliances ties --actor ID).` }));
  return new XMLSerializer().serializeToString(out);
}

function download(blob, name) {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function exportPNG() {
  const svg = new Blob([exportSVG()], { type: "image/svg+xml" });
  const img = new Image();
  img.onload = () => {
    const canvas = el("canvas", { width: img.width * 2, height: img.height * 2 });
    const ctx = canvas.getContext("2d");
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    URL.revokeObjectURL(img.src);
    canvas.toBlob((b) => download(b, `alliances-${state.case}-${state.at}.png`), "image/png");
  };
  img.src = URL.createObjectURL(svg);
}

function togglePlay() {
  const b = $("play");
  if (playing) {
    clearInterval(playing);
    playing = null;
    b.setAttribute("aria-pressed", "false");
    b.textContent = "Play";
    return;
  }
  const slider = $("date");
  if (+slider.value >= +slider.max) slider.value = 0;
  b.setAttribute("aria-pressed", "true");
  b.textContent = "Pause";
  playing = setInterval(() => {
    if (+slider.value >= +slider.max) { togglePlay(); return; }
    slider.value = +slider.value + 1;
    draw();
  }, 700);
}

// Zoom and pan: the wheel zooms around the pointer, dragging moves the picture, and the
// buttons do both from the keyboard.
let view = { x: 0, y: 0, w: W, h: H };

function setViewBox() {
  $("network").setAttribute("viewBox", `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
}

function zoom(f, cx = view.x + view.w / 2, cy = view.y + view.h / 2) {
  const w = Math.min(W * 2, Math.max(W / 40, view.w * f)), k = w / view.w;
  view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w, h: view.h * k };
  setViewBox();
}

function enableZoom() {
  const svg = $("network");
  const toSVG = (e) => {
    const r = svg.getBoundingClientRect(), s = Math.max(view.w / r.width, view.h / r.height);
    return [view.x + (e.clientX - r.left) * s, view.y + (e.clientY - r.top) * s, s];
  };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const [x, y] = toSVG(e);
    zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, x, y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.target !== svg) return; // a click on a tie or an actor selects it
    drag = { x: e.clientX, y: e.clientY, view: { ...view } };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const [, , s] = toSVG(e);
    view = { ...drag.view, x: drag.view.x - (e.clientX - drag.x) * s, y: drag.view.y - (e.clientY - drag.y) * s };
    setViewBox();
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  $("zoom-in").addEventListener("click", () => zoom(1 / 1.5));
  $("zoom-out").addEventListener("click", () => zoom(1.5));
  $("zoom-reset").addEventListener("click", () => { view = { x: 0, y: 0, w: W, h: H }; setViewBox(); });
}

async function start() {
  readHash();
  await team.init({ api, el, $, state, table, reload: async () => { await loadCase(); draw(); } });
  // The registry holds the actors the cases share: no network of its own to draw.
  cases = (await api("/api/v1/cases")).filter((c) => c.id !== "registry");
  const sel = $("case");
  sel.replaceChildren(...cases.map((c) => el("option", { value: c.id, text: c.title })));
  if (!cases.some((c) => c.id === state.case)) {
    state.case = (cases.find((c) => c.id === "afghanistan-2021") || cases[0] || { id: "" }).id;
  }
  sel.value = state.case;
  team.onCase(); // the account bar's buttons depend on the case, now chosen
  for (const box of document.querySelectorAll("input[name=layer]")) box.checked = state.layers.includes(box.value);
  $("fold").checked = state.fold;
  await loadCase();
  fillRecipients();
  setView(state.view);
  if (state.sel) select(state.sel);

  sel.addEventListener("change", async () => { state.case = sel.value; state.sel = ""; state.at = ""; state.actor = ""; state.from = ""; state.to = ""; team.onCase(); await loadCase(); fillRecipients(); draw(); });
  // Back to the tab after deciding at the terminal, or after a colleague's import: the
  // record may have changed meanwhile, so the view is drawn again from the store.
  document.addEventListener("visibilitychange", async () => {
    if (document.visibilityState !== "visible" || !state.case) return;
    await loadCase();
    setView(state.view);
  });
  $("view-review").addEventListener("click", () => setView("review"));
  $("view-audit").addEventListener("click", () => setView("audit"));
  $("view-documents").addEventListener("click", () => setView("documents"));
  $("view-network").addEventListener("click", () => setView("network"));
  $("view-map").addEventListener("click", () => setView("map"));
  $("view-provinces").addEventListener("click", () => setView("provinces"));
  $("view-analyses").addEventListener("click", () => setView("analyses"));
  $("view-timeline").addEventListener("click", () => setView("timeline"));
  $("view-leaders").addEventListener("click", () => setView("leaders"));
  for (const id of ["timeline-filter", "timeline-kind", "timeline-sign"]) $(id).addEventListener("input", () => { state.filter = null; drawTimeline(); });
  $("analysis").value = state.analysis;
  $("analysis").addEventListener("change", () => { state.analysis = $("analysis").value; draw(); });
  $("robust").checked = state.robust;
  $("robust").addEventListener("change", () => { state.robust = $("robust").checked; draw(); });
  for (const id of ["series-from", "series-to"]) $(id).addEventListener("change", () => { state.from = $("series-from").value.trim(); state.to = $("series-to").value.trim(); draw(); });
  for (const id of ["path-from", "path-to"]) $(id).addEventListener("change", () => { state.pair = [$("path-from").value, $("path-to").value]; draw(); });
  for (const id of ["cascade-record", "cascade-seeds-only"]) $(id).addEventListener("change", () => draw());
  $("cascade-side").addEventListener("change", () => { state.actor = $("cascade-side").value; $("recipient").value = $("reference").value = state.actor; draw(); });
  $("reference").addEventListener("change", () => { state.actor = $("reference").value; $("recipient").value = state.actor; draw(); });
  $("recipient").addEventListener("change", () => { state.actor = $("recipient").value; $("reference").value = state.actor; draw(); });
  $("date").addEventListener("input", draw);
  $("whole-record").addEventListener("change", async () => { await setMonths(); draw(); });
  enableZoom();
  $("play").addEventListener("click", togglePlay);
  for (const box of document.querySelectorAll("input[name=layer]")) {
    box.addEventListener("change", () => {
      const on = [...document.querySelectorAll("input[name=layer]:checked")].map((b) => b.value);
      if (!on.length) { box.checked = true; return; } // a picture needs a layer
      state.layers = on;
      draw();
    });
  }
  $("fold").addEventListener("change", () => { state.fold = $("fold").checked; draw(); });
  $("any-day").checked = state.anyDay;
  $("any-day").addEventListener("change", () => { state.anyDay = $("any-day").checked; draw(); });
  $("search").addEventListener("change", () => {
    const q = $("search").value.trim().toLowerCase();
    const a = layout.actors.find((x) => x.name.toLowerCase() === q || x.id === q) || layout.actors.find((x) => x.name.toLowerCase().includes(q));
    if (a) select(a.id);
  });
  $("export-svg").addEventListener("click", () => download(new Blob([exportSVG()], { type: "image/svg+xml" }), `alliances-${state.case}-${state.at}.svg`));
  $("export-png").addEventListener("click", exportPNG);
}

// The support map: who supported an actor in the year of the slider, drawn on a world map
// where each supporter is based (its country on record), with the ranking beside it.

let world = null; // {features, byNumeric, alpha3}

async function loadWorld() {
  if (world) return world;
  const [topo, codes] = await Promise.all([
    fetch("/assets/vendor/countries-110m.json").then((r) => r.json()),
    fetch("/assets/vendor/iso-country-codes.json").then((r) => r.json()),
  ]);
  const features = topojson.feature(topo, topo.objects.countries).features;
  const alpha3 = new Map(codes.map((c) => [c[1], c[2]])); // ISO 3166-1 alpha-3 -> numeric
  world = { features, byNumeric: new Map(features.map((f) => [f.id, f])), alpha3 };
  return world;
}

// project places a longitude and latitude on the map: equirectangular, from 85°N to 60°S.
function project([lon, lat]) {
  return [((lon + 180) / 360) * 1000, ((85 - lat) / 145) * 420];
}

function ringsOf(f) {
  const g = f.geometry;
  if (!g) return [];
  return g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
}

// unwrap makes a ring that crosses the antimeridian continuous, its longitudes running
// past ±180 rather than jumping across the whole map (eastern Russia, Fiji).
function unwrap(ring) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) {
      const jump = ring[i][0] - ring[i - 1][0];
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
}

function pathOf(f) {
  let d = "";
  for (const poly of ringsOf(f)) {
    for (const ring of poly) {
      d += unwrap(ring).map((p, i) => (i ? "L" : "M") + project(p).map((v) => v.toFixed(1)).join(",")).join("") + "Z";
    }
  }
  return d;
}

// centre is the centroid of a country's largest polygon, on the map.
function centre(f) {
  let best = null, bestArea = 0;
  for (const poly of ringsOf(f)) {
    const ring = unwrap(poly[0]).map(project);
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i], [x1, y1] = ring[i + 1], k = x0 * y1 - x1 * y0;
      a += k; cx += (x0 + x1) * k; cy += (y0 + y1) * k;
    }
    if (Math.abs(a) > bestArea) { bestArea = Math.abs(a); best = [cx / (3 * a), cy / (3 * a)]; }
  }
  return best;
}

async function drawMap() {
  const year = (state.at || "").slice(0, 4);
  const recipient = state.actor || "taliban";
  $("map-year").value = year;
  const names = new Map(layout.actors.map((a) => [a.id, a.name]));
  const w = await loadWorld();
  if (!$("countries").childElementCount) {
    $("countries").replaceChildren(...w.features.map((f) => el("svg:path", { d: pathOf(f), "data-country": f.id },
      el("svg:title", { text: f.properties.name }))));
  }
  if (pending) pending.abort();
  const ctrl = new AbortController();
  pending = ctrl;
  let res, profiles;
  try {
    res = await api("/api/v1/analyses/supporters/" + encodeURIComponent(recipient), { case: state.case, from: year, to: year }, ctrl.signal);
    profiles = await api("/api/v1/actors", { case: state.case }, ctrl.signal);
  } catch (e) {
    if (e.name === "AbortError") return;
    status(e.message);
    return;
  } finally {
    if (pending === ctrl) pending = null;
  }
  const country = new Map(profiles.map((a) => [a.id, a.country || ""]));
  const featureOf = (id) => w.byNumeric.get(w.alpha3.get(country.get(id)));
  for (const p of $("countries").children) { p.removeAttribute("class"); p.style.fill = ""; }
  const target = featureOf(res.actor);
  if (target) $("countries").querySelector(`[data-country="${target.id}"]`).setAttribute("class", "recipient");
  const top = Math.max(1e-9, ...res.supporters.map((s) => s.score));
  const arcs = $("arcs");
  arcs.replaceChildren();
  const rows = $("ranking").tBodies[0];
  rows.replaceChildren();
  const to = target ? centre(target) : null;
  for (const s of res.supporters) {
    const f = featureOf(s.actor);
    const name = names.get(s.actor) || s.actor;
    if (f) {
      const path = $("countries").querySelector(`[data-country="${f.id}"]`);
      path.setAttribute("class", "supporter");
      path.style.fill = `rgba(31, 111, 178, ${(0.25 + 0.75 * s.score / top).toFixed(2)})`;
      const from = centre(f);
      if (from && to) {
        const mx = (from[0] + to[0]) / 2, my = Math.min(from[1], to[1]) - 40 - Math.hypot(to[0] - from[0], to[1] - from[1]) / 5;
        arcs.append(el("svg:path", {
          class: "arc", "data-actor": s.actor, d: `M${from[0].toFixed(1)},${from[1].toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${to[0].toFixed(1)},${to[1].toFixed(1)}`,
          fill: "none", stroke: "#1f6fb2", "stroke-width": (1 + 4 * s.score / top).toFixed(1), "stroke-opacity": 0.8,
          "stroke-dasharray": s.credibility >= 4 ? "6 4" : null,
        }, el("svg:title", { text: `${name}: score ${s.score.toFixed(2)}, ${(s.forms || []).join(", ") || "forms unknown"}` })));
        arcs.append(el("svg:text", { x: from[0].toFixed(1), y: (from[1] + 14).toFixed(1), "font-size": 11, "text-anchor": "middle",
          "paint-order": "stroke", stroke: "#ffffff", "stroke-width": 3, "stroke-linejoin": "round", fill: "#1b1f24", text: name }));
      }
    }
    const own = (s.source_ranks || []).map((r) => `#${r.rank} on the word of ${(r.attributed_to || []).join(", ") || "the source"}`).join("; ");
    rows.append(el("tr", { "data-actor": s.actor },
      el("td", { class: "num", text: String(s.rank) }),
      el("td", {}, el("button", { class: "link", type: "button", onclick: () => showActor(s.actor), text: name }), f ? "" : " (no country on record: not on the map)"),
      el("td", { class: "num", text: s.score.toFixed(2) }),
      el("td", { text: (s.forms || []).join(", ") || "unknown" }),
      el("td", { class: "num", text: String(s.days) + (s.unknown && s.unknown.length ? "+" : "") }),
      el("td", { class: "num", text: String(s.credibility) }),
      el("td", { text: own }),
      el("td", {}, tieLinks(s.ties))));
  }
  if (!res.supporters.length) rows.append(el("tr", {}, el("td", { colspan: 8, text: `No support to ${names.get(res.actor) || res.actor} on record in ${year}.` })));
  document.documentElement.dataset.map = `${res.actor} ${year}`;
  status(res.reading, res.warnings);
}

function setView(view) {
  state.view = view;
  for (const v of ["network", "map", "provinces", "analyses", "actor", "timeline", "leaders", "review", "audit", "documents"]) {
    $(v + "-view").hidden = view !== v;
    if ($("view-" + v)) $("view-" + v).setAttribute("aria-pressed", String(view === v));
  }
  for (const id of ["export-svg", "export-png"]) $(id).disabled = view !== "network";
  draw();
}

function fillRecipients() {
  const sorted = [...layout.actors].sort((a, b) => a.name.localeCompare(b.name));
  if (!layout.actors.some((a) => a.id === state.actor)) {
    // The Taliban where the case has them, else the actor with the most ties.
    const ties = new Map();
    for (const b of (barsOf.get(state.case) || { bars: [] }).bars) for (const v of [b.subject, b.object]) ties.set(v, (ties.get(v) || 0) + 1);
    const busiest = [...ties.entries()].sort((a, b) => b[1] - a[1])[0];
    state.actor = layout.actors.some((a) => a.id === "taliban") ? "taliban" : busiest ? busiest[0] : (sorted[0] || { id: "" }).id;
  }
  for (const sel of [$("recipient"), $("reference"), $("cascade-side")]) {
    sel.replaceChildren(...sorted.map((a) => el("option", { value: a.id, text: a.name })));
    sel.value = state.actor;
  }
}

// The province map: the actors of the case based in one of Afghanistan's provinces, at
// their province, coloured by their net tie at the date to a reference actor.

let provinces = null, profilesOf = new Map(); // profiles by case

// REGIONS are Afghanistan's regions as the record's region: tags name them, each by its
// provinces (the United Nations' grouping): an actor based in a region but no province
// is drawn at the middle of its provinces, as a ring rather than a disc.
const REGIONS = {
  north: ["AF-BAL", "AF-FYB", "AF-JOW", "AF-SAM", "AF-SAR"],
  northeast: ["AF-BDS", "AF-BGL", "AF-KDZ", "AF-TAK"],
  northwest: ["AF-FYB", "AF-JOW", "AF-BDG"],
  west: ["AF-BDG", "AF-FRA", "AF-GHO", "AF-HER"],
  south: ["AF-HEL", "AF-KAN", "AF-NIM", "AF-URU", "AF-ZAB"],
  southeast: ["AF-GHA", "AF-KHO", "AF-PKA", "AF-PIA"],
  east: ["AF-KNR", "AF-LAG", "AF-NAN", "AF-NUR"],
  central: ["AF-KAB", "AF-KAP", "AF-LOG", "AF-PAN", "AF-PAR", "AF-WAR"],
  "central-highlands": ["AF-BAM", "AF-DAY"],
};

const fold = (s) => (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");

async function loadProvinces() {
  if (provinces) return provinces;
  const geo = await fetch("/assets/geo/afghanistan-provinces.geojson").then((r) => r.json());
  let lonMin = Infinity, lonMax = -Infinity, latMin = Infinity, latMax = -Infinity;
  for (const f of geo.features) for (const ring of f.geometry.coordinates) for (const [lon, lat] of ring) {
    lonMin = Math.min(lonMin, lon); lonMax = Math.max(lonMax, lon); latMin = Math.min(latMin, lat); latMax = Math.max(latMax, lat);
  }
  const k = Math.cos(((latMin + latMax) / 2) * Math.PI / 180);
  const s = Math.min(940 / ((lonMax - lonMin) * k), 700 / (latMax - latMin));
  const proj = ([lon, lat]) => [30 + (lon - lonMin) * k * s, 30 + (latMax - lat) * s];
  const byName = new Map();
  for (const f of geo.features) {
    const p = f.properties;
    for (const n of [p.iso_3166_2, p.name, ...(p.name_alt || "").split("|")]) if (n) byName.set(fold(n), f);
    const ring = f.geometry.coordinates[0].map(proj);
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i], [x1, y1] = ring[i + 1], c = x0 * y1 - x1 * y0;
      a += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
    }
    f.centre = [cx / (3 * a), cy / (3 * a)];
    f.d = f.geometry.coordinates.map((r) => r.map((q, i) => (i ? "L" : "M") + proj(q).map((v) => v.toFixed(1)).join(",")).join("") + "Z").join("");
  }
  provinces = { geo, byName };
  return provinces;
}

async function drawProvinces() {
  if (!profilesOf.has(state.case)) profilesOf.set(state.case, await api("/api/v1/actors", { case: state.case }));
  const countries = [...new Set(profilesOf.get(state.case).filter((a) => a.province && a.country).map((a) => a.country))];
  const afghan = profilesOf.get(state.case).some((a) => a.country === "AFG" && (a.province || (a.tags || []).some((t) => t.startsWith("region:"))));
  $("afghanistan").setAttribute("display", afghan ? "inline" : "none");
  if (!afghan) {
    $("provinces-note").textContent = countries.length
      ? `This case places its actors in provinces of ${countries.join(", ")}; only Afghanistan's provinces ship with the app, so there is no map to draw them on.`
      : "No actor of this case has a home province on record.";
    document.documentElement.dataset.provinces = `none ${state.at}`;
    status("No province map for this case.");
    return;
  }
  const pv = await loadProvinces();
  const g = $("provinces");
  if (!g.childElementCount) {
    g.replaceChildren(...pv.geo.features.map((f) => el("svg:path", { d: f.d, "data-province": f.id }, el("svg:title", { text: f.properties.name }))));
  }
  if (pending) pending.abort();
  const ctrl = new AbortController();
  pending = ctrl;
  let net;
  try {
    if (!profilesOf.has(state.case)) profilesOf.set(state.case, await api("/api/v1/actors", { case: state.case }, ctrl.signal));
    net = await api("/api/v1/network", { case: state.case, at: state.at, layers: state.layers.join(","), "no-fold": !state.fold, overlap: state.anyDay ? "any" : "" }, ctrl.signal);
  } catch (e) {
    if (e.name === "AbortError") return;
    status(e.message);
    return;
  } finally {
    if (pending === ctrl) pending = null;
  }
  const into = new Map((net.folded || []).map((f) => [f.actor, f.into]));
  const net0 = new Map(); // actor -> net signed weight toward the reference
  for (const t of net.ties) {
    const other = t.from === state.actor ? t.to : t.to === state.actor ? t.from : null;
    if (other && t.sign !== "0") net0.set(other, (net0.get(other) || 0) + (t.sign === "+" ? 1 : -1) * t.weight);
  }
  const present = new Set(net.actors.map((a) => a.id));
  const names = new Map(layout.actors.map((a) => [a.id, a.name]));
  const locals = $("locals");
  locals.replaceChildren();
  for (const p of g.children) p.removeAttribute("class");
  const placed = new Map(); // province -> actors placed there
  const unplaced = [];
  const byID = new Map(pv.geo.features.map((f) => [f.id, f]));
  const tag = (a, key) => (a.tags || []).filter((t) => t.startsWith(key + ":")).map((t) => t.slice(key.length + 1));
  for (const a of profilesOf.get(state.case)) {
    const region = tag(a, "region").find((r) => REGIONS[r]);
    if (!a.province && !(region && a.country === "AFG")) continue;
    let f = null, centre = null, where = "";
    if (a.province) {
      f = a.country === "AFG" || !a.country ? pv.byName.get(fold(a.province)) : null;
      if (!f) { unplaced.push(`${a.name} (${a.province}${a.country ? ", " + a.country : ""})`); continue; }
      centre = f.centre;
      where = f.properties.name;
    } else {
      const fs = REGIONS[region].map((id) => byID.get(id)).filter(Boolean);
      centre = [fs.reduce((s, x) => s + x.centre[0], 0) / fs.length, fs.reduce((s, x) => s + x.centre[1], 0) / fs.length];
      where = `the ${region.replace("-", " ")} (a region, no province on record)`;
    }
    const key = f ? f.id : "region:" + region;
    const stand = into.get(a.id) || a.id;
    const w = net0.get(stand);
    const sign = w > 0 ? "+" : w < 0 ? "-" : "0";
    const n = placed.get(key) || 0;
    placed.set(key, n + 1);
    if (f) g.querySelector(`[data-province="${f.id}"]`).setAttribute("class", "home");
    const angle = n * 2.4, r = n ? 14 + 4 * n : 0;
    const x = centre[0] + r * Math.cos(angle), y = centre[1] + r * Math.sin(angle);
    const how = sign === "+" ? "aligned with" : sign === "-" ? "opposed to" : "no net tie to";
    const base = [...tag(a, "ethnicity"), ...tag(a, "sect")].join(", ");
    const label = `${a.name}, ${where}${base ? "; base: " + base : ""}: ${how} ${names.get(state.actor) || state.actor} at ${state.at}` +
      (stand !== a.id ? ` (folded into ${names.get(stand) || stand})` : "") + (present.has(stand) ? "" : " (no tie at the date)");
    locals.append(el("svg:g", { class: "local", "data-actor": a.id, "data-province": f ? f.id : "", "data-region": f ? "" : region, "data-sign": sign, tabindex: "0", role: "button", "aria-label": label,
      onclick: () => showActor(a.id), onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showActor(a.id); } } },
    f ? el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 8, fill: SIGN_COLOUR[sign], stroke: "#ffffff", "stroke-width": 2 })
      : el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 7, fill: "#ffffff", stroke: SIGN_COLOUR[sign], "stroke-width": 4 }),
    el("svg:text", { x: (x + 11).toFixed(1), y: (y + 4).toFixed(1), "font-size": 12, "paint-order": "stroke", stroke: "#ffffff", "stroke-width": 3, "stroke-linejoin": "round", fill: "#1b1f24", text: a.name + (base ? ` (${base})` : "") }),
    el("svg:title", { text: label })));
  }
  const count = [...placed.values()].reduce((x, y) => x + y, 0);
  $("provinces-note").textContent = `${count} actor${count === 1 ? "" : "s"} placed: a disc at a home province, a ring at the middle of a region when the record names only the region; in brackets the ethnic or sectarian base the record gives` +
    (unplaced.length ? `; not on this map (a province of another country, or not found): ${unplaced.join("; ")}.` : ".") +
    " Boundaries: Natural Earth (public domain), de facto.";
  document.documentElement.dataset.provinces = `${state.actor} ${state.at}`;
  status(`${count} local actors at ${state.at}, by their net tie to ${names.get(state.actor) || state.actor}.`, net.warnings);
}

// barsChart draws rows of bars on one time axis: each bar solid over the days the record
// is sure of and fading where its dates are uncertain or its end unknown, pale when
// alleged or disputed, in lanes where a row's bars overlap; events as marks above. A
// click on a bar shows its tie's evidence.
function barsChart(rows, events, first, last, title) {
  const lane = 14, left = 290, width = 1000, top = 34;
  const lo = toTime(first || "2000-01-01") - 365 * DAY, hi = toTime(last || "2021-12-31") + 365 * DAY;
  const x = (t) => Math.min(width - 10, Math.max(left - 2, left + ((t - lo) / (hi - lo)) * (width - left - 10)));
  // Each row's bars go into lanes, so that two ties of a pair that overlap in time
  // both show.
  const span = (b) => [b.fuzzy_from ? toTime(b.fuzzy_from) : lo, b.fuzzy_to ? toTime(b.fuzzy_to) + DAY : hi];
  const laid = rows.map((r) => {
    const ends = [];
    const bars = [...r.bars].sort((p, q) => span(p)[0] - span(q)[0]).map((b) => {
      const [s, e] = span(b);
      let k = ends.findIndex((end) => end <= s);
      if (k < 0) { k = ends.length; ends.push(e); } else ends[k] = e;
      return [b, k];
    });
    return { r, bars, lanes: Math.max(1, ends.length) };
  });
  const h = top + 24 + laid.reduce((n, l) => n + l.lanes * lane + 8, 0) + 10;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${h}`, width, height: h, role: "group", "aria-label": title });
  const defs = el("svg:defs");
  for (const [sign, colour] of Object.entries(SIGN_COLOUR)) {
    for (const dir of ["in", "out"]) {
      const g = el("svg:linearGradient", { id: `fade-${dir}-${sign === "+" ? "plus" : sign === "-" ? "minus" : "zero"}` });
      g.append(el("svg:stop", { offset: "0", "stop-color": colour, "stop-opacity": dir === "in" ? 0 : 0.7 }));
      g.append(el("svg:stop", { offset: "1", "stop-color": colour, "stop-opacity": dir === "in" ? 0.7 : 0 }));
      defs.append(g);
    }
  }
  svg.append(defs);
  const y0 = new Date(lo).getUTCFullYear() + 1, y1 = new Date(hi).getUTCFullYear();
  const stepY = Math.max(1, Math.ceil((y1 - y0) / 12));
  for (let y = y0; y <= y1; y += stepY) {
    const xx = x(Date.UTC(y, 0, 1));
    svg.append(el("svg:line", { x1: xx, x2: xx, y1: top - 6, y2: h - 6, stroke: "#e1e4e8" }));
    svg.append(el("svg:text", { x: xx, y: top - 10, "font-size": 10, "text-anchor": "middle", fill: "#59636e", text: String(y) }));
  }
  for (const e of events) {
    const xx = x(toTime(e.from));
    svg.append(el("svg:path", { d: `M${xx},${top + 2} l5,6 l-5,6 l-5,-6 z`, fill: "#1b1f24" }, el("svg:title", { text: `${e.title} (${e.from}${e.to !== e.from ? " to " + e.to : ""})` })));
  }
  let y = top + 24;
  for (const { r, bars, lanes } of laid) {
    const short = r.label.length > 40 ? r.label.slice(0, 39) + "…" : r.label;
    svg.append(el("svg:text", { x: left - 8, y: y + 11, "font-size": 12, "text-anchor": "end", fill: "#1b1f24", "data-row": r.label, text: short }, el("svg:title", { text: r.label })));
    for (const [b, k] of bars) {
      const key = b.sign === "+" ? "plus" : b.sign === "-" ? "minus" : "zero";
      const colour = SIGN_COLOUR[b.sign] || SIGN_COLOUR["0"];
      let from = b.from ? toTime(b.from) : lo, to = b.to ? toTime(b.to) + DAY : hi;
      const [ffrom, fto] = span(b);
      // An open start ("no bound, or none given") is read by the analyses as holding from
      // the earliest date, but the record does not say since when: solid over the two
      // years before its end, fading before that. (An open end, a tie still going, stays
      // solid to the edge.)
      if (b.start === "open" && to < hi) from = Math.max(lo, to - 2 * 365 * DAY);
      const yy = y + k * lane;
      const g = el("svg:g", { class: "bar", "data-tie": b.tie, tabindex: "0", role: "button", "aria-label": `${b.kind} ${r.label}, ${b.words}, ${b.status}`,
        onclick: () => showTie(b.tie), onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showTie(b.tie); } } },
      el("svg:title", { text: `${b.kind} (${b.sign}), ${b.words}, ${b.status}: ${b.valid}` }));
      if (ffrom < from) g.append(el("svg:rect", { x: x(ffrom), y: yy + 1, width: Math.max(1, x(from) - x(ffrom)), height: lane - 3, fill: `url(#fade-in-${key})` }));
      g.append(el("svg:rect", { x: x(from), y: yy + 1, width: Math.max(2, x(to) - x(from)), height: lane - 3, fill: colour, "fill-opacity": b.status === "alleged" || b.status === "disputed" ? 0.35 : 0.7 }));
      if (fto > to) g.append(el("svg:rect", { x: x(to), y: yy + 1, width: Math.max(1, x(fto) - x(to)), height: lane - 3, fill: `url(#fade-out-${key})` }));
      if (b.text) g.append(el("svg:text", { x: x(from) + 3, y: yy + lane - 4, "font-size": 10, fill: "#0d1117", text: b.text }));
      svg.append(g);
    }
    y += lanes * lane + 8;
  }
  return svg;
}

// The whole case through time, a row per pair of actors, and the leaders' view: each
// individual with the organizations it leads or belongs to.

const barsOf = new Map(); // case -> the case's bars

async function caseBars() {
  if (!barsOf.has(state.case)) barsOf.set(state.case, await api("/api/v1/bars", { case: state.case }));
  return barsOf.get(state.case);
}

// corePeriod is the part of a case's time where most of its ties begin: from the year of
// the 5th percentile of their first days to the last day of the record. A case of
// 2018-2019 whose oldest tie dates from 1956 is drawn over its own years; the ties that
// began earlier run in from the left edge.
function corePeriod(cb, share = 0.05) {
  const starts = cb.bars.map((b) => b.from || b.fuzzy_from).filter(Boolean).sort();
  if (!starts.length) return [cb.first, cb.last];
  const lo = starts[Math.floor(starts.length * share)];
  return [lo.slice(0, 4) + "-01-01", cb.last];
}

async function drawTimeline() {
  const cb = await caseBars();
  const kinds = $("timeline-kind");
  if (kinds.childElementCount === 1) for (const k of [...new Set(cb.bars.map((b) => b.kind))].sort()) kinds.append(el("option", { value: k, text: k }));
  if (state.filter) { // from a link: the filters it names
    $("timeline-filter").value = state.filter.text;
    kinds.value = state.filter.kind;
    $("timeline-sign").value = state.filter.sign;
  }
  state.filter = { text: $("timeline-filter").value, kind: kinds.value, sign: $("timeline-sign").value };
  writeHash();
  const text = fold(state.filter.text), kind = state.filter.kind, sign = state.filter.sign;
  const rows = new Map();
  for (const b of cb.bars) {
    if (kind && b.kind !== kind || sign && b.sign !== sign) continue;
    if (text && !fold(b.subject_name + " " + b.object_name).includes(text) && !fold(b.subject + " " + b.object).includes(text)) continue;
    const key = b.subject + " " + b.object;
    if (!rows.has(key)) rows.set(key, { label: `${b.subject_name} · ${b.object_name}`, bars: [] });
    rows.get(key).bars.push({ ...b, text: b.kind });
  }
  const events = text ? [] : cb.events;
  const [lo, hi] = corePeriod(cb);
  $("timeline-out").replaceChildren(rows.size ? barsChart([...rows.values()], events.filter((e) => e.from >= lo), lo, hi, "the case's ties through time") : el("p", { text: "No tie matches." }));
  document.documentElement.dataset.timeline = `${rows.size}`;
  const earlier = [...rows.values()].reduce((n, r) => n + r.bars.filter((b) => (b.from || b.fuzzy_from || "0") < lo).length, 0);
  status(`${rows.size} pair${rows.size === 1 ? "" : "s"} of actors, ${[...rows.values()].reduce((n, r) => n + r.bars.length, 0)} ties, drawn from ${lo.slice(0, 4)} to ${hi}` +
    (earlier ? `; ${earlier} began earlier (the record reaches back to ${cb.first}) and run in from the left edge.` : "."));
}

async function drawLeaders() {
  const cb = await caseBars();
  const rows = new Map();
  for (const b of cb.bars) {
    if (b.kind !== "membership" || b.subject_kind !== "individual") continue;
    if (!rows.has(b.subject)) rows.set(b.subject, { label: b.subject_name, bars: [] });
    rows.get(b.subject).bars.push({ ...b, text: b.object_name + (b.role ? " (" + b.role + ")" : "") });
  }
  const sorted = [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
  const [lo, hi] = corePeriod(cb);
  $("leaders-out").replaceChildren(sorted.length ? barsChart(sorted, [], lo, hi, "the individuals' memberships through time") : el("p", { text: "The case records no individual's membership." }));
  document.documentElement.dataset.leaders = `${sorted.length}`;
  status(`${sorted.length} individual${sorted.length === 1 ? "" : "s"} with the organizations they lead or belong to.`);
}

// The actor's page: its profile and every tie through time, a row per counterpart, each
// tie a bar coloured by sign, solid over the days it certainly covers and fading where
// its dates are uncertain or its end unknown; events as marks above.

const DAY = 86400000;
const toTime = (d) => Date.UTC(+d.slice(0, d.length - 6) || 0, +d.slice(-5, -3) - 1, +d.slice(-2));

async function drawActorPage() {
  const id = state.sel && layout.actors.some((a) => a.id === state.sel) ? state.sel : state.actor;
  const [p, tl] = await Promise.all([api("/api/v1/actors/" + encodeURIComponent(id)), api("/api/v1/actors/" + encodeURIComponent(id) + "/timeline")]);
  const a = p.actor;
  const page = $("actor-page");
  const [lo, hi] = corePeriod(await caseBars());
  const first = tl.first && tl.first > lo ? tl.first : lo;
  const svg = barsChart(tl.rows.map((r) => ({ label: r.name, bars: r.bars.map((b) => ({ ...b, text: b.kind })) })), tl.events.filter((e) => e.from >= first), first, tl.last || hi, `${a.name}'s ties through time`);
  const list = (ties, other) => {
    const ul = el("ul");
    for (const t of ties || []) ul.append(el("li", {}, tieLink(t, `${other(t)}`), ` ${t.valid}, ${t.status}`));
    if (!ul.childElementCount) ul.append(el("li", { text: "none on record" }));
    return ul;
  };
  const names = new Map(layout.actors.map((x) => [x.id, x.name]));
  page.replaceChildren(
    el("h2", { text: a.name }),
    dl([["id", a.id], ["kind", a.kind], ["also", (a.aliases || []).join("; ")], ["home", [a.province, a.country].filter(Boolean).join(", ")], ["note", a.note],
      ["shared", a.recorded && a.recorded.case === "registry" ? "an actor of the registry, the same in every case" : ""],
      ["merged into", a.merged_into ? `${a.merged_into}: its ties count as ${a.merged_into}'s (${a.merge_note || "no note"})` : ""],
      ["recorded also as", (p.merged || []).map((m) => `${m.name} (${m.id}, case ${m.recorded.case})`).join("; ")]]),
    el("h3", { text: "Part of" }), list(p.parents, (t) => names.get(t.object) || t.object),
    el("h3", { text: "Its parts, members and leaders" }), list(p.members, (t) => names.get(t.subject) || t.subject),
    ...((p.lineage || []).length ? [el("h3", { text: "Lineage" }), list(p.lineage, (t) => `${t.kind}: ${names.get(t.subject) || t.subject} to ${names.get(t.object) || t.object}`)] : []),
    el("h3", { text: "Its ties through time" }),
    el("p", { class: "rules", text: "Blue friendly, red hostile, grey process or membership; solid over the days the record is sure of, fading where a date is uncertain or an end open or unknown; pale when alleged or disputed; diamonds are events." }), svg);
  document.documentElement.dataset.actorPage = id;
  status(`${a.name}: ${tl.rows.length} counterpart${tl.rows.length === 1 ? "" : "s"}, ${tl.events.length} event${tl.events.length === 1 ? "" : "s"}.`);
}

// The analyses: each shows its reading, the rules it applied and its warnings in words,
// then its numbers, every tie named a link to its evidence.

const BLOC_COLOURS = ["#1f6fb2", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457"];

function report(r) {
  const out = [el("p", { class: "reading", text: inApp(r.reading) })];
  if (r.rules) {
    const parts = [`Case ${r.case}`, r.rules.date, `layers ${(r.rules.layers || []).map((l) => l.layer + " x" + l.weight).join(", ")}`, r.rules.weights,
      r.rules.folded ? "parts folded into their organizations" : "parts apart"];
    out.push(el("p", { class: "rules", text: parts.filter(Boolean).join("; ") + "." }));
  }
  if (r.warnings && r.warnings.length) {
    const ul = el("ul", { class: "warnings" });
    for (const w of r.warnings) ul.append(el("li", { text: "Warning: " + inApp(w) }));
    out.push(ul);
  }
  return out;
}

function table(head, rows) {
  const t = el("table", {}, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col", text: h })))));
  const body = el("tbody");
  for (const r of rows) body.append(el("tr", {}, ...r.map((c) => c instanceof Node ? el("td", {}, c) : el("td", { class: typeof c === "number" ? "num" : null, text: typeof c === "number" ? (Number.isInteger(c) ? String(c) : c.toFixed(3)) : c ?? "" }))));
  t.append(body);
  return t;
}

function tieLinks(ids) {
  const span = el("span");
  for (const [i, id] of (ids || []).entries()) {
    if (i) span.append(", ");
    span.append(el("button", { class: "link", type: "button", onclick: () => select(id), text: id }));
  }
  return span;
}

// cascadeReplay draws the cascade's network at its date on the case's layout and steps
// through its rounds: the actors on the side by a round filled, the others hollow.
async function cascadeReplay(r, base, name) {
  const net = await api("/api/v1/network", { ...base, layers: "alignment", at: state.at });
  const pos = new Map(layout.actors.map((a) => [a.id, place(a)]));
  const round = new Map(r.tipped.map((t) => [t.actor, t.round]));
  const last = Math.max(0, ...r.tipped.map((t) => t.round));
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, width: 760, height: 547, role: "img", "aria-label": "the cascade round by round" });
  for (const t of net.ties) {
    const a = pos.get(t.from), b = pos.get(t.to);
    if (a && b) svg.append(el("svg:line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: SIGN_COLOUR[t.sign], "stroke-opacity": 0.35, "stroke-width": 1.5 }));
  }
  const discs = [];
  for (const a of net.actors) {
    const p = pos.get(a.id);
    if (!p) continue;
    const c = el("svg:circle", { cx: p[0], cy: p[1], r: 8, "stroke-width": 3, "data-actor": a.id }, el("svg:title", { text: name(a.id) }));
    svg.append(c, el("svg:text", { x: p[0] + 11, y: p[1] + 4, "font-size": 12, fill: "#1b1f24", text: name(a.id) }));
    discs.push(c);
  }
  const label = el("output", {});
  const show = (k) => {
    label.value = k === 0 ? "the start: the seeds and those already aligned" : `round ${k}: ${r.tipped.filter((t) => t.round === k).map((t) => name(t.actor)).join(", ")}`;
    for (const c of discs) {
      const on = round.has(c.dataset.actor) && round.get(c.dataset.actor) <= k;
      c.setAttribute("fill", on ? SIGN_COLOUR["+"] : "#ffffff");
      c.setAttribute("stroke", on ? "#ffffff" : "#8a8f98");
    }
  };
  const slider = el("input", { type: "range", min: 0, max: last, value: 0, "aria-label": "cascade round" });
  slider.addEventListener("input", () => show(+slider.value));
  show(0);
  return el("div", {}, el("h3", { text: `The cascade toward ${name(r.side)}, round by round (${last} round${last === 1 ? "" : "s"})` }),
    el("p", {}, slider, " ", label), svg);
}

// showBalanceStep lists what stands against balance at a step: its unbalanced triangles
// and the pairs every best split frustrates, each with its ties.
function showBalanceStep(s, name) {
  const box = [el("h2", { text: `What stands against balance at ${s.at}` })];
  const pairs = (title, ps) => {
    box.push(el("h3", { text: `${title} (${ps.length})` }));
    const ul = el("ul");
    for (const p of ps) ul.append(el("li", {}, `${name(p[0])} – ${name(p[1])}: `, tieLinks(p.slice(2))));
    box.push(ul);
  };
  pairs("Pairs every best split frustrates", s.frustration.always || []);
  box.push(el("h3", { text: `Unbalanced triangles (${(s.unbalanced || []).length} listed of ${s.unbalanced_listed ? s.unbalanced_listed.total : "?"})` }));
  const ul = el("ul");
  for (const tr of s.unbalanced || []) ul.append(el("li", {}, `${tr.signs} ${tr.actors.map(name).join(", ")}: `, tieLinks(tr.ties)));
  box.push(ul);
  $("details").replaceChildren(...box);
}

// showBlocsStep lists the ties that stand against a step's blocs: negative inside a bloc
// or positive across two, in every best partition and in some.
function showBlocsStep(s, name) {
  const box = [el("h2", { text: `What stands against the blocs of ${s.at}` })];
  for (const [title, ps] of [["In every best partition", s.always_inconsistent || []], ["In some best partitions only", s.sometimes_inconsistent || []]]) {
    box.push(el("h3", { text: `${title} (${ps.length})` }));
    const ul = el("ul");
    for (const p of ps) ul.append(el("li", {}, `${name(p[0])} – ${name(p[1])}: `, tieLinks(p.slice(2))));
    box.push(ul);
  }
  $("details").replaceChildren(...box);
}

// robustness shows how much an answer moves over the variants of its snapshot: the range
// of each actor's value and rank (centrality, brokers, supporters), of the share balanced
// (balance), or how many runs each finding holds in (paths, cascades, diffs).
function robustness(r, name) {
  const one = Array.isArray(r) ? null : r;
  const steps = Array.isArray(r) ? r : null;
  const intro = (n) => el("p", { class: "rules", text: `Over ${n} runs: as asked, without alleged or disputed ties, without inferred ties, without low-credibility ties, with possibly active ties, with ungraded ties at intensity 1 and at 5, and random draws of the uncertain dates.` });
  if (steps && steps[0] && steps[0].robust) {
    const rows = steps.map((s) => {
      const shares = s.robust.balanced.filter((_, i) => s.robust.triangles[i] > 0);
      return [s.at, shares.length ? `${(100 * Math.min(...shares)).toFixed(0)}% to ${(100 * Math.max(...shares)).toFixed(0)}%` : "-",
        `${Math.min(...s.robust.frustration)} to ${Math.max(...s.robust.frustration)}`];
    });
    return el("div", {}, el("h3", { text: "How robust" }), intro(steps[0].robust.variants.length), table(["step", "balanced, all runs", "frustration, all runs"], rows));
  }
  const rb = one && one.robust;
  if (!rb) return null;
  if (rb.spread) {
    return el("div", {}, el("h3", { text: "How robust: each actor's value and rank over the runs" }), intro(rb.variants.length),
      table(["actor", "least", "most", "ranks"], rb.spread.slice(0, 40).map((s) => [name(s.actor), s.min, s.max,
        s.min === 0 && s.max === 0 ? "0 in every run" : s.rank_min === s.rank_max ? String(s.rank_min) : `${s.rank_min} to ${s.rank_max}`])));
  }
  if (rb.holds) {
    const rows = Object.entries(rb.holds).sort((a, b) => b[1] - a[1]).map(([f, n]) => [f, `${n} of ${rb.variants.length}`]);
    return el("div", {}, el("h3", { text: "How robust: in how many runs each finding holds" }), intro(rb.variants.length), table(["finding", "runs"], rows));
  }
  if (rb.stable) {
    const rows = Object.entries(rb.stable).sort((a, b) => a[1] - b[1]).map(([a, n]) => [name(a), `${n} of ${rb.variants.length}`]);
    return el("div", {}, el("h3", { text: "How robust: in how many runs each actor sits with most of its bloc-mates" }), intro(rb.variants.length), table(["actor", "runs"], rows));
  }
  return null;
}

// behind is an actor's name as a button that shows what its numbers rest on.
function behind(label, show) {
  return el("button", { class: "link", type: "button", onclick: show, text: label });
}

// showTies lists ties in the side panel, each a link to its evidence.
function showTies(title, ids) {
  const ul = el("ul");
  for (const id of ids || []) ul.append(el("li", {}, el("button", { class: "link", type: "button", onclick: () => select(id), text: id })));
  $("details").replaceChildren(el("h2", { text: title }), (ids || []).length ? ul : el("p", { text: "No tie." }));
}

// showBrokerage lists a broker's two-paths by role, each step with its ties.
function showBrokerage(b, name) {
  const box = [el("h2", { text: `What ${name(b.actor)} brokers at ${state.at}` })];
  for (const role of b.explained || []) {
    box.push(el("h3", { text: `${role.role}: ${role.count}${role.paths.length < role.count ? ` (${role.paths.length} shown)` : ""}` }));
    const ul = el("ul");
    for (const p of role.paths) {
      ul.append(el("li", {}, `${name(p.from)} → ${name(b.actor)} (`, tieLinks(p.in_ties), `) → ${name(p.to)} (`, tieLinks(p.out_ties), ")"));
    }
    box.push(ul);
  }
  if (b.mediations && b.mediations.length) box.push(el("h3", { text: "Mediations recorded" }), tieLinks(b.mediations));
  if (box.length === 1) box.push(el("p", { text: "No two-path: its count rests on the mediations recorded, or it has none." }));
  $("details").replaceChildren(...box);
}

async function drawAnalysis() {
  const kind = state.analysis;
  const names = new Map(layout.actors.map((a) => [a.id, a.name]));
  const name = (id) => names.get(id) || id;
  $("pair").hidden = kind !== "path";
  $("side").hidden = kind !== "cascade";
  if (kind === "path") {
    const sorted = [...layout.actors].sort((a, b) => a.name.localeCompare(b.name));
    for (const id of ["path-from", "path-to"]) if (!$(id).childElementCount) $(id).replaceChildren(...sorted.map((a) => el("option", { value: a.id, text: a.name })));
    if (state.pair.length !== 2) state.pair = [layout.actors.find((a) => a.id === "hizb-e-islami")?.id || sorted[0].id, state.actor];
    $("path-from").value = state.pair[0];
    $("path-to").value = state.pair[1];
  }
  // A series reads, by default, the years where three quarters of the ties begin: the
  // story the case tells rather than its background.
  const [coreLo, coreHi] = corePeriod(await caseBars(), 0.25);
  $("period").hidden = kind !== "balance" && kind !== "blocs";
  if (!state.from) {
    state.from = coreLo.slice(0, 7);
    state.to = coreHi.slice(0, 7); // to the record's last month, not past it
    if (monthsOf(state.from + "-01", state.to + "-01").length > 36) { state.from = state.from.slice(0, 4); state.to = state.to.slice(0, 4); }
  }
  $("series-from").value = state.from;
  $("series-to").value = state.to;
  writeHash();
  const first = state.from, last = state.to;
  const base = { case: state.case, layers: state.layers.join(","), "no-fold": !state.fold, overlap: state.anyDay ? "any" : "", robust: state.robust };
  const ask = {
    brokers: () => api("/api/v1/analyses/brokers", { ...base, at: state.at, explain: true }),
    centrality: () => api("/api/v1/analyses/centrality", { ...base, at: state.at, explain: true }),
    balance: () => api("/api/v1/analyses/balance", { ...base, layers: "alignment", from: first, to: last }),
    blocs: () => api("/api/v1/analyses/blocs", { ...base, layers: "alignment", from: first, to: last }),
    path: () => api("/api/v1/analyses/path", { ...base, at: state.at, from: state.pair[0], to: state.pair[1] }),
    cascade: () => {
      const i = months.indexOf(state.at);
      const record = $("cascade-record").checked && i >= 0 ? `${months[i]}/${months[Math.min(months.length - 1, i + 3)]}` : "";
      return api("/api/v1/analyses/cascade", { ...base, layers: "alignment", at: state.at, seed: state.actor, record, fit: !!record, "seeds-only": $("cascade-seeds-only").checked });
    },
  }[kind];
  const out = $("analysis-out");
  out.replaceChildren(el("p", { text: "Working..." }));
  let r;
  try {
    r = await ask();
  } catch (e) {
    out.replaceChildren(el("p", { text: e.message }));
    return;
  }
  if (kind !== state.analysis) return;
  let body = [];
  switch (kind) {
    case "brokers":
      body = [...report(r), el("p", { class: "rules", text: "A click on an actor lists the two-paths behind its counts, each step with its ties." }),
        table(["rank", "actor", "group", "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "mediations", "total", "constraint"],
        r.brokers.map((b) => [b.rank, behind(name(b.actor), () => showBrokerage(b, name)), b.group.replace(/^bloc of (.+)$/, (m, id) => "bloc of " + name(id)), b.coordinator, b.itinerant, b.representative, b.gatekeeper, b.liaison, b.mediation, b.total, b.constraint ?? "-"]))];
      if (r.mediations && r.mediations.length) {
        body.push(el("h3", { text: "Mediations recorded" }), table(["mediator", "between", "when", "status", "tie"],
          r.mediations.map((m) => [name(m.mediator), m.between.map(name).join(" and "), m.valid, m.status, tieLinks([m.tie])])));
      }
      break;
    case "centrality":
      body = [...report(r), el("p", { class: "rules", text: "A click on an actor lists the ties behind its numbers." }),
        table(["rank", "actor", "degree", "friendly", "hostile", "strength", "betweenness", "PageRank", "eigenvector"],
        r.actors.map((c) => [c.rank, behind(name(c.actor), () => showTies(`The ties behind ${name(c.actor)}'s numbers at ${state.at}`, c.ties)), c.degree, c.degree_pos, c.degree_neg, c.strength, c.betweenness, c.pagerank, c.eigenvector ?? "-"]))];
      break;
    case "balance": {
      const steps = Array.isArray(r) ? r : [r];
      body = [el("p", { class: "reading", text: "The share of triangles balanced (blue), and the frustration index (red, dashed: the least weight of ties to remove for two camps), step by step." }),
        balanceChart(steps),
        el("p", { class: "rules", text: "A click on a step lists its unbalanced triangles and the pairs every best split frustrates, with their ties." }),
        table(["step", "actors", "signed pairs", "triangles", "balanced", "frustration", "splits"],
          steps.map((s) => [behind(s.at, () => showBalanceStep(s, name)), s.actors, s.ties, s.census.triangles, s.census.triangles ? (100 * s.census.balanced).toFixed(0) + "%" : "-",
            s.frustration.exact ? String(s.frustration.upper) : `${s.frustration.lower}-${s.frustration.upper}`, String(s.frustration.optima) + (s.frustration.optima_complete ? "" : "+")]))];
      break;
    }
    case "blocs":
      body = [el("p", { class: "reading", text: "Each actor's bloc step by step (a year a step, or a month over less than three years; a bloc is named after its weightiest member; an outlined cell is a move, ~ a swing between equally good partitions). What the analysis reads into it follows the grid." }),
        blocsMatrix(r, name), ...report(r)];
      if (r.changes && r.changes.length) {
        const what = {
          moved: "moved: a switch of sides", left: "left its bloc with no positive tie in the new one: no switch of sides",
          cancelled: "its ties to its old partners cancel out: no switch of sides", dissolved: "its old partners have no ties any more: no switch of sides",
          joined: "became part of an organization of its bloc",
        };
        body.push(el("h3", { text: "Changes of bloc, and what they are" }), table(["actor", "at", "from the bloc of", "to the bloc of", "what", "with"],
          r.changes.map((c) => [name(c.actor), c.at, name(c.from_name), name(c.to_name), what[c.kind] || c.kind, (c.partners || []).map(name).join(", ")])));
      }
      break;
    case "path":
      body = [...report(r)];
      for (const [title, chains] of [["Shortest chains", r.shortest], ["Strongest chains", r.strongest]]) {
        if (!chains || !chains.length) continue;
        body.push(el("h3", { text: title }));
        const ul = el("ul");
        for (const c of chains) {
          const li = el("li");
          c.actors.forEach((a, i) => {
            if (i) { li.append(" — "); li.append(tieLinks(c.steps[i - 1])); li.append(" — "); }
            li.append(el("strong", { text: name(a) }));
          });
          li.append(` (strength ${c.strength.toFixed(2)})`);
          ul.append(li);
        }
        body.push(ul);
      }
      break;
    case "cascade": {
      body = [...report(r)];
      const rounds = new Map();
      for (const t of r.tipped) {
        if (!rounds.has(t.round)) rounds.set(t.round, []);
        rounds.get(t.round).push(t);
      }
      if (r.record) {
        const recorded = (r.record || []).map((m) => `${name(m.actor)} (${m.month || m.date || ""}${m.movable === false ? "; it cannot move in the model: " + m.why : ""})`).join("; ");
        body.push(el("p", { class: "rules", text: `Recorded moves toward ${name(r.side)} in the period: ${recorded || "none"}. Model and record agree on ${(r.both || []).map(name).join(", ") || "no actor"}; the model alone moves ${(r.model_only || []).map(name).join(", ") || "no one"}; the record alone, ${(r.record_only || []).map(name).join(", ") || "no one"}.` }));
      }
      body.push(await cascadeReplay(r, base, name));
      body.push(table(["round", "who moves", "share of partners on the side", "on the ties"],
        [...rounds.entries()].sort((a, b) => a[0] - b[0]).flatMap(([round, ts]) => ts.map((t) => [round === 0 ? "start" : round, name(t.actor),
          round === 0 ? (t.on || "seed") : (100 * t.share).toFixed(0) + "%", tieLinks(t.ties)]))));
      break;
    }
  }
  const rob = robustness(r, name);
  if (rob) body.push(rob);
  out.replaceChildren(...body);
  document.documentElement.dataset.analysis = `${kind} ${kind === "balance" || kind === "blocs" ? first + "/" + last : state.at}`;
  status(Array.isArray(r) ? "Balance year by year." : r.reading, Array.isArray(r) ? [] : r.warnings);
}

// balanceChart draws the share balanced (blue, left axis, 0-100%) and the frustration
// index (red, right axis) of each step.
function balanceChart(steps) {
  const w = 760, h = 220, l = 44, rgt = 44, top = 12, bot = 28;
  const maxF = Math.max(1, ...steps.map((s) => s.frustration.upper));
  const x = (i) => l + (steps.length === 1 ? 0 : (i * (w - l - rgt)) / (steps.length - 1));
  const yB = (v) => top + (1 - v) * (h - top - bot);
  const yF = (v) => top + (1 - v / maxF) * (h - top - bot);
  const svg = el("svg:svg", { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: "img", "aria-label": "share balanced and frustration index by year" });
  for (const v of [0, 0.5, 1]) {
    svg.append(el("svg:line", { x1: l, x2: w - rgt, y1: yB(v), y2: yB(v), stroke: "#d0d7de" }));
    svg.append(el("svg:text", { x: l - 6, y: yB(v) + 4, "text-anchor": "end", "font-size": 11, fill: "#1f6fb2", text: `${v * 100}%` }));
  }
  svg.append(el("svg:text", { x: w - rgt + 6, y: yF(maxF) + 4, "font-size": 11, fill: "#c62828", text: String(maxF) }));
  svg.append(el("svg:text", { x: w - rgt + 6, y: yF(0) + 4, "font-size": 11, fill: "#c62828", text: "0" }));
  const withTri = steps.map((s, i) => [i, s]).filter(([, s]) => s.census.triangles > 0);
  svg.append(el("svg:polyline", { fill: "none", stroke: "#1f6fb2", "stroke-width": 2, points: withTri.map(([i, s]) => `${x(i)},${yB(s.census.balanced)}`).join(" ") }));
  svg.append(el("svg:polyline", { fill: "none", stroke: "#c62828", "stroke-width": 2, "stroke-dasharray": "5 3", points: steps.map((s, i) => `${x(i)},${yF(s.frustration.upper)}`).join(" ") }));
  steps.forEach((s, i) => {
    if (steps.length <= 16 || i % Math.ceil(steps.length / 16) === 0) svg.append(el("svg:text", { x: x(i), y: h - 8, "text-anchor": "middle", "font-size": 10, fill: "#59636e", text: s.at }));
  });
  return svg;
}

// blocsMatrix shows the blocs over time as a grid: an actor a row, a step a column, each
// cell coloured by the bloc the actor sits in (named after its weightiest member), a move
// outlined, a swing marked ~.
function blocsMatrix(series, name) {
  const steps = series.steps;
  const moved = new Set((series.changes || []).map((c) => c.actor + " " + c.at));
  const actors = [];
  const seen = new Set();
  for (const s of steps) for (const b of s.blocs) for (const a of b.actors) if (!seen.has(a)) { seen.add(a); actors.push(a); }
  const t = el("table", { class: "blocs" }, el("thead", {}, el("tr", {}, el("th", { text: "actor" }),
    ...steps.map((s) => el("th", {}, el("button", { class: "link", type: "button", title: "the ties that stand against this step's blocs", onclick: () => showBlocsStep(s, name), text: s.at }))))));
  const body = el("tbody");
  for (const a of actors) {
    const row = el("tr", { "data-actor": a }, el("th", { scope: "row", text: name(a) }));
    for (const s of steps) {
      const b = s.blocs.find((x) => x.actors.includes(a));
      if (!b) { row.append(el("td", { text: "" })); continue; }
      const swing = (s.swing || []).includes(a);
      const td = el("td", { class: "bloc" + (moved.has(a + " " + s.at) ? " move" : ""), title: `${s.at}: the bloc of ${name(b.name)}${swing ? " (swings between optima)" : ""}`, text: String(b.bloc) + (swing ? "~" : "") });
      td.style.background = BLOC_COLOURS[(b.bloc - 1) % BLOC_COLOURS.length];
      row.append(td);
    }
    body.append(row);
  }
  t.append(body);
  return t;
}

// A link followed within the page (or back and forward) restores the view it names.
window.addEventListener("hashchange", async () => {
  const before = state.case;
  readHash();
  $("case").value = state.case;
  for (const box of document.querySelectorAll("input[name=layer]")) box.checked = state.layers.includes(box.value);
  $("fold").checked = state.fold;
  $("any-day").checked = state.anyDay;
  $("analysis").value = state.analysis;
  if (state.case !== before) await loadCase();
  else await setMonths();
  fillRecipients();
  setView(state.view);
  if (state.sel) select(state.sel);
});

window.alliancesExportSVG = exportSVG; // for tests and scripts: the picture as an SVG document
start().catch((e) => status(e.message));
