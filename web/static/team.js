// The team's part of the app, on a server started with --team: signing in, proposing
// changes to actors, ties and events (with their citations), the review queue, and the
// audit trail. On a server without accounts none of it shows.
//
// Every text from the record goes into the page as text (textContent), never as markup.

let ctx = null; // what app.js gives: api, el, $, state, caseActors, reload, select
let session = null; // GET /api/v1/session, or null on a server without accounts
let vocab = null;

export const team = {
  get on() { return session !== null; },
  get proposed() { return session !== null && ctx.state.proposed; },
  init, tieActions, actorActions, showReview, showAudit, showDocuments,
};

// send writes through the API with the session's CSRF token, and throws the API's
// message (with its status) on an error.
async function send(method, path, body) {
  const r = await fetch(path, {
    method, headers: { "Content-Type": "application/json", "X-CSRF-Token": session ? session.csrf : "" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const out = await r.json().catch(() => ({}));
  if (!r.ok) {
    const e = new Error(out.error ? out.error.message : r.statusText);
    e.status = r.status;
    throw e;
  }
  return out;
}

// init asks who is signed in: on a server without accounts it returns at once; on a
// team server it shows the sign-in form until someone signs in.
async function init(c) {
  ctx = c;
  const r = await fetch("/api/v1/session");
  if (r.status === 404) return; // no accounts: the app only reads
  if (r.ok) session = await r.json();
  else session = await signIn();
  vocab = await ctx.api("/api/v1/vocabulary");
  drawAccount();
}

function signIn() {
  const { el, $ } = ctx;
  const dlg = $("signin");
  const msg = $("signin-error");
  dlg.hidden = false;
  $("signin-name").focus();
  return new Promise((resolve) => {
    $("signin-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      msg.textContent = "";
      try {
        const s = await send("POST", "/api/v1/session", { name: $("signin-name").value.trim(), password: $("signin-password").value });
        $("signin-password").value = "";
        dlg.hidden = true;
        resolve(s);
      } catch (err) {
        msg.replaceChildren(el("span", { text: err.message }));
      }
    });
  });
}

function drawAccount() {
  const { el, $, state } = ctx;
  const box = $("account");
  const mayPropose = session.propose.includes(state.case);
  box.replaceChildren(...[
    el("span", { class: "who", text: `${session.user.name} (${session.user.role})` }),
    mayPropose ? el("span", { class: "propose" }, "Propose ",
      el("button", { type: "button", id: "new-tie", onclick: () => tieForm(null), text: "+ tie" }), " ",
      el("button", { type: "button", id: "new-actor", onclick: () => actorForm(null), text: "+ actor" }), " ",
      el("button", { type: "button", id: "new-event", onclick: () => eventForm(null), text: "+ event" })) : null,
    el("label", { title: "Read the changes waiting for review into the network and the analyses, drawn dotted" },
      el("input", { type: "checkbox", id: "include-proposed", checked: state.proposed ? "" : null,
        onchange: (e) => { state.proposed = e.target.checked; ctx.reload(); } }), " with proposed changes"),
    el("button", { type: "button", id: "sign-out", text: "Sign out", onclick: async () => {
      await send("DELETE", "/api/v1/session").catch(() => {});
      location.reload();
    } })].filter(Boolean)); // replaceChildren writes a null as the word "null"
  box.hidden = false;
  $("view-review").hidden = false;
  $("view-audit").hidden = false;
  $("view-documents").hidden = false;
}

// onCase redraws what depends on the case chosen.
team.onCase = () => { if (session) drawAccount(); };

// --- forms ---------------------------------------------------------------------------

function field(label, input, hint) {
  const { el } = ctx;
  return el("label", { class: "field" }, el("span", { text: label }), input, hint || null);
}

function select(name, options, value, blank) {
  const { el } = ctx;
  const s = el("select", { name });
  if (blank !== undefined) s.append(el("option", { value: "", text: blank }));
  for (const o of options) {
    const [v, t] = Array.isArray(o) ? o : [o, o];
    s.append(el("option", { value: v, text: t }));
  }
  // A value the list lacks is shown as it is, never left blank: a claim edited keeps
  // what it named.
  if (value != null && value !== "" && ![...s.options].some((o) => o.value === String(value))) {
    s.append(el("option", { value: String(value), text: `${value} (not in the list)` }));
  }
  s.value = value == null ? "" : String(value);
  return s;
}

// dateInput is an EDTF date input with its reading in words, asked of the server as
// the analyst types.
function dateInput(name, value) {
  const { el } = ctx;
  const input = el("input", { name, value: value || "", size: 22, placeholder: "2016, 2021-06~, 2004/2011, 2016/..", autocomplete: "off" });
  const out = el("output", { class: "reading", for: name });
  let timer = null, asked = "";
  const read = async () => {
    const v = input.value.trim();
    if (v === asked) return;
    asked = v;
    if (!v) { out.textContent = ""; return; }
    try {
      const r = await ctx.api("/api/v1/dates/" + encodeURIComponent(v));
      if (asked !== v) return;
      out.className = r.valid ? "reading" : "reading bad";
      out.textContent = r.valid ? `${r.words} (${r.first} to ${r.last} at the widest)` : r.error;
    } catch (e) { out.textContent = e.message; }
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(read, 150); });
  read();
  return [input, out];
}

async function caseSources() {
  return ctx.api("/api/v1/sources", { case: ctx.state.case });
}

// caseActors lists the actors a claim of the case may name: the case's own, those
// proposed for it and waiting for review (a tie proposed with a new actor names it), and
// every shared actor of the registry, named by the case's ties or not yet.
async function caseActors() {
  const get = async (params) => {
    const r = await fetch("/api/v1/actors?" + new URLSearchParams(params));
    return r.ok ? r.json() : [];
  };
  const c = ctx.state.case;
  const lists = await Promise.all([get({ case: c, proposed: "include" }), c === "registry" ? [] : get({ case: "registry" })]);
  const byId = new Map();
  for (const a of lists.flat()) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()].map((a) => [a.id, `${a.name} (${a.id})`]).sort((x, y) => x[1].localeCompare(y[1]));
}

// citationRows edits a claim's citations: source, locator, credibility, attributed to,
// stance and note each.
function citationRows(cites, sources) {
  const { el } = ctx;
  const list = el("div", { class: "citations" });
  const srcOptions = sources.map((s) => [s.id, `${s.title} (${s.id}, ${s.reliability})`]);
  const row = (c = {}) => {
    const r = el("fieldset", { class: "citation" },
      el("legend", { text: "Citation" }),
      field("source", select("source", srcOptions, c.source, "choose a source")),
      field("locator", el("input", { name: "locator", value: c.locator || "", size: 10, placeholder: "¶14, p. 3" })),
      field("credibility", select("credibility", vocab.credibilities.map((t, i) => [String(i + 1), t]), c.credibility || 3)),
      field("attributed to", el("input", { name: "attributed_to", value: c.attributed_to || "", size: 16, placeholder: "Taliban sources" })),
      field("stance", select("stance", vocab.stances, c.stance || "asserts")),
      field("note", el("input", { name: "note", value: c.note || "", size: 24 })),
      el("button", { type: "button", class: "link", text: "remove", onclick: () => r.remove() }));
    r.original = c;
    list.append(r);
  };
  for (const c of cites || []) row(c);
  if (!(cites || []).length) row();
  const add = el("button", { type: "button", text: "+ citation", onclick: () => row() });
  const read = () => [...list.querySelectorAll("fieldset.citation")].map((r) => {
    const v = (n) => r.querySelector(`[name=${n}]`).value.trim();
    const c = { ...r.original, source: v("source"), locator: v("locator"), credibility: +v("credibility"), stance: v("stance") };
    for (const k of ["attributed_to", "note"]) { if (v(k)) c[k] = v(k); else delete c[k]; }
    if (c.stance === "asserts") delete c.stance;
    return c;
  });
  return { node: el("div", {}, list, add), read };
}

// form shows a proposal form in the details panel: fields, a reason (required for a
// change to a claim on record), and what the server answers.
function form(title, fields, base, submit, claimID) {
  const { el, $ } = ctx;
  const reason = el("textarea", { name: "reason", rows: 2, cols: 40, placeholder: base ? "why the change (required)" : "where it comes from, in a few words" });
  const msg = el("p", { class: "form-error", role: "alert" });
  const f = el("form", { class: "claim-form", novalidate: "" },
    el("h2", { text: title }), ...fields, field("reason", reason),
    el("p", {}, el("button", { type: "submit", text: title.startsWith("Edit and accept") ? "Accept with the changes" : base ? "Propose the change" : "Propose" }), " ",
      el("button", { type: "button", text: "Cancel", onclick: () => $("details").replaceChildren() })),
    msg);
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    msg.textContent = "";
    try {
      const p = await submit(reason.value.trim());
      if (p.status === "accepted") {
        $("details").replaceChildren(el("h2", { text: "Accepted" }), el("p", { text: `${p.entity} ${p.claim} is now version ${p.version} in the record.` }));
        return;
      }
      const alone = (session.alone || []).includes(p.case); // a team of one decides itself
      $("details").replaceChildren(el("h2", { text: "Proposed" }),
        el("p", { text: `Your ${p.entity} ${p.claim} waits ${alone ? "under Review, where you, the case's only reviewer, accept or reject it" : "for a reviewer"} (proposal ${p.id}). Tick "with proposed changes" to see it in the network.` }));
    } catch (err) {
      msg.textContent = err.message;
      if (err.status === 409 && claimID && claimID()) await showCurrent(msg, claimID());
      msg.scrollIntoView({ block: "nearest" });
    }
  });
  $("details").replaceChildren(f);
  f.querySelector("select, input:not([readonly]), textarea")?.focus();
  return f;
}

// showCurrent puts the current version of a claim under a refused change, so that the
// analyst sees what changed meanwhile and makes the change again on it.
async function showCurrent(after, id) {
  const { el } = ctx;
  try {
    const cur = await current(id);
    after.append(el("br"), el("span", { text: `On record now, version ${cur.version}:` }),
      el("pre", { class: "current", text: JSON.stringify(cur.body, null, 2) }));
  } catch (e) { /* a claim retracted meanwhile: the message says so */ }
}

function propose(entity, claim, base, body, reason, retract = false) {
  return send("POST", "/api/v1/proposals", { case: ctx.state.case, entity, claim, base, body, reason, retract });
}

// current returns the current version of a claim: its number and its body as recorded.
async function current(id) {
  const vs = await ctx.api(`/api/v1/claims/${encodeURIComponent(id)}/history`);
  const v = vs.filter((x) => !x.to).pop() || vs[vs.length - 1];
  const body = { ...v.claim };
  delete body.recorded;
  return { version: v.to ? 0 : v.version, body };
}

const slug = (s) => (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "")
  .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// freeID returns an actor id made from a name that no actor of another case holds: the
// built-in case's "ashraf-ghani" makes a new case's "ashraf-ghani-2".
async function freeID(base) {
  const r = await fetch("/api/v1/actors?" + new URLSearchParams({ q: base }));
  const held = new Set(r.ok ? (await r.json()).filter((a) => a.recorded && a.recorded.case !== ctx.state.case).map((a) => a.id) : []);
  let id = base;
  for (let n = 2; held.has(id); n++) id = `${base}-${n}`;
  return id;
}

async function tieForm(id, accept) {
  const { el } = ctx;
  const cur = accept ? { version: accept.base, body: accept.body } : id ? await current(id) : { version: 0, body: {} };
  const t = cur.body;
  const [actors, sources] = await Promise.all([caseActors(), caseSources()]);
  const subject = select("subject", actors, t.subject, "choose an actor");
  const object = select("object", actors, t.object, "choose an actor");
  const kind = select("kind", vocab.kinds.map((k) => [k.kind, `${k.kind} (${k.layer}, ${k.sign}): ${k.meaning}`]), t.kind, "choose a kind");
  const type = select("type", vocab.agreement_types, t.type, "no type");
  const role = select("role", vocab.roles, t.role, "no role");
  const third = select("third", actors, t.third, "none");
  const [valid, reading] = dateInput("valid", t.valid);
  const forms = el("span", { class: "forms" });
  const drawForms = () => {
    const k = vocab.kinds.find((x) => x.kind === kind.value);
    const on = new Set([...forms.querySelectorAll("input:checked")].map((b) => b.value).concat(forms.childElementCount ? [] : t.forms || []));
    forms.replaceChildren(...(k ? k.forms : []).map((fm) => el("label", {}, el("input", { type: "checkbox", value: fm, checked: on.has(fm) ? "" : null }), " " + fm)));
    type.disabled = kind.value !== "agreement";
    role.disabled = kind.value !== "membership";
  };
  kind.addEventListener("change", drawForms);
  drawForms();
  const intensity = select("intensity", ["1", "2", "3", "4", "5"], t.intensity, "not graded");
  const status = select("status", vocab.statuses, t.status || "reported");
  const basis = select("basis", vocab.bases, t.basis || "stated");
  const note = el("textarea", { name: "note", rows: 2, cols: 40 }, t.note || "");
  const idInput = el("input", { name: "id", value: id || (accept ? accept.claim : ""), size: 30, placeholder: "made from the parties and the kind", readonly: id || accept ? "" : null, title: id || accept ? "a claim keeps its id" : null });
  const cites = citationRows(t.citations, sources);
  const title = accept ? `Edit and accept ${accept.claim}` : id ? `Change tie ${id}` : "Propose a tie";
  const f = form(title, [
    field("id", idInput), field("subject", subject), field("kind", kind), field("object", object),
    field("type", type), field("third party", third), field("role", role),
    field("valid", valid, reading), field("forms", forms), field("intensity", intensity),
    field("status", status), field("basis", basis), field("note", note),
    el("h3", { text: "Evidence" }), cites.node,
  ], cur.version, async (reason) => {
    const body = { ...t, subject: subject.value, object: object.value, kind: kind.value, valid: valid.value.trim(),
      status: status.value, basis: basis.value, citations: cites.read() };
    delete body.sign; delete body.directed; // derived from the kind by the store
    for (const [k, v] of [["type", type.disabled ? "" : type.value], ["role", role.disabled ? "" : role.value], ["third", third.value], ["note", note.value.trim()]]) {
      if (v) body[k] = v; else delete body[k];
    }
    if (intensity.value) body.intensity = +intensity.value; else delete body.intensity;
    const fs = [...forms.querySelectorAll("input:checked")].map((b) => b.value);
    if (fs.length) body.forms = fs; else delete body.forms;
    if (body.basis === "stated") delete body.basis;
    for (const [k, what] of [["subject", "its subject"], ["kind", "its kind"], ["object", "its object"]]) {
      if (!body[k]) throw new Error(`The tie needs ${what}: choose one.`);
    }
    const claim = id || (accept && accept.claim) || idInput.value.trim() || `tie-${body.subject}-${body.kind}-${body.object}-${slug(body.valid)}`;
    if (accept) return decide(accept, "accepted", body, reason);
    return propose("tie", claim, cur.version, body, reason);
  }, () => id || (accept && accept.claim));
  return f;
}

async function actorForm(id, accept) {
  const { el } = ctx;
  const cur = accept ? { version: accept.base, body: accept.body } : id ? await current(id) : { version: 0, body: {} };
  const a = cur.body;
  const name = el("input", { name: "name", value: a.name || "", size: 30 });
  const idInput = el("input", { name: "id", value: id || (accept ? accept.claim : ""), size: 30, placeholder: "made from the name", readonly: id || accept ? "" : null, title: id || accept ? "a claim keeps its id" : null });
  const aliases = el("input", { name: "aliases", value: (a.aliases || []).join("; "), size: 40, placeholder: "other names, separated by ;" });
  const kind = select("kind", vocab.actor_kinds, a.kind, "choose a kind");
  const country = el("input", { name: "country", value: a.country || "", size: 4, placeholder: "AFG" });
  const province = el("input", { name: "province", value: a.province || "", size: 16 });
  const note = el("textarea", { name: "note", rows: 2, cols: 40 }, a.note || "");
  return form(accept ? `Edit and accept ${accept.claim}` : id ? `Change actor ${id}` : "Propose an actor", [
    field("name", name), field("id", idInput), field("aliases", aliases), field("kind", kind),
    field("country", country), field("province", province), field("note", note),
  ], cur.version, async (reason) => {
    const body = { ...a, name: name.value.trim(), kind: kind.value };
    const al = aliases.value.split(";").map((s) => s.trim()).filter(Boolean);
    if (al.length) body.aliases = al; else delete body.aliases;
    for (const [k, v] of [["country", country.value.trim().toUpperCase()], ["province", province.value.trim()], ["note", note.value.trim()]]) {
      if (v) body[k] = v; else delete body[k];
    }
    const claim = id || (accept && accept.claim) || idInput.value.trim() || await freeID(slug(body.name));
    if (accept) return decide(accept, "accepted", body, reason);
    return propose("actor", claim, cur.version, body, reason);
  }, () => id || (accept && accept.claim));
}

async function eventForm(id, accept) {
  const { el } = ctx;
  const cur = accept ? { version: accept.base, body: accept.body } : id ? await current(id) : { version: 0, body: {} };
  const ev = cur.body;
  const [actors, sources] = await Promise.all([caseActors(), caseSources()]);
  const title = el("input", { name: "title", value: ev.title || "", size: 40 });
  const idInput = el("input", { name: "id", value: id || (accept ? accept.claim : ""), size: 30, placeholder: "made from the title", readonly: id || accept ? "" : null, title: id || accept ? "a claim keeps its id" : null });
  const [date, reading] = dateInput("date", ev.date);
  const type = el("input", { name: "type", value: ev.type || "", size: 12, placeholder: "AGREE, FIGHT..." });
  const who = el("select", { name: "actors", multiple: "", size: 6 });
  for (const [v, t] of actors) who.append(el("option", { value: v, text: t, selected: (ev.actors || []).includes(v) ? "" : null }));
  const note = el("textarea", { name: "note", rows: 2, cols: 40 }, ev.note || "");
  const cites = citationRows(ev.citations, sources);
  return form(accept ? `Edit and accept ${accept.claim}` : id ? `Change event ${id}` : "Propose an event", [
    field("title", title), field("id", idInput), field("date", date, reading), field("type", type),
    field("actors", who), field("note", note), el("h3", { text: "Evidence" }), cites.node,
  ], cur.version, async (reason) => {
    const body = { ...ev, title: title.value.trim(), date: date.value.trim(), actors: [...who.selectedOptions].map((o) => o.value), citations: cites.read() };
    for (const [k, v] of [["type", type.value.trim()], ["note", note.value.trim()]]) {
      if (v) body[k] = v; else delete body[k];
    }
    const claim = id || (accept && accept.claim) || idInput.value.trim() || `event-${slug(body.title)}-${slug(body.date)}`;
    if (accept) return decide(accept, "accepted", body, reason);
    return propose("event", claim, cur.version, body, reason);
  }, () => id || (accept && accept.claim));
}

// retractForm proposes to take a claim out of the record.
async function retractForm(entity, id) {
  const cur = await current(id);
  return form(`Retract ${entity} ${id}`, [ctx.el("p", { text: "The claim leaves the current record once a reviewer accepts; its versions stay in its history." })],
    cur.version, (reason) => propose(entity, id, cur.version, undefined, reason, true));
}

// tieActions and actorActions are the buttons the evidence and profile panels show
// to a user who may propose changes to the case.
function tieActions(t) {
  if (!session || !session.propose.includes(ctx.state.case)) return null;
  const { el } = ctx;
  return el("p", { class: "actions" },
    el("button", { type: "button", id: "change-tie", onclick: () => tieForm(t.id), text: "Propose a change" }), " ",
    el("button", { type: "button", onclick: () => retractForm("tie", t.id), text: "Propose its retraction" }));
}

function actorActions(a) {
  if (!session || !session.propose.includes(ctx.state.case) || (a.recorded && a.recorded.case !== ctx.state.case)) return null;
  const { el } = ctx;
  return el("p", { class: "actions" }, el("button", { type: "button", onclick: () => actorForm(a.id), text: "Propose a change" }));
}

// --- review ----------------------------------------------------------------------------

let notice = ""; // what the last decision did, shown atop the queue
let reviewGen = 0;

async function decide(p, status, body, note) {
  const d = await send("POST", `/api/v1/proposals/${encodeURIComponent(p.id)}/decision`, { status, revision: p.revision, body, note });
  notice = `${status}: ${p.entity} ${p.claim}` + (status === "accepted" ? ` (now version ${d.version} in the record)` : "");
  // A status the reviewer changed on the reader's tie changes the credibility it cites
  // its report at (the server restates it): say so, as the terminal's review does.
  const cred = (b) => (b && b.citations && b.citations[0] ? b.citations[0].credibility : undefined);
  if (status === "accepted" && body && d && cred(body) !== undefined && cred(d.accepted) !== undefined && cred(body) !== cred(d.accepted)) {
    notice += `; its citation's credibility ${cred(d.accepted)} for the status given`;
  }
  // An actor rejected leaves the ties that name it unable to be accepted as they are: say
  // how many wait (as the terminal's review does).
  if (status === "rejected" && p.entity === "actor") {
    const naming = (d.naming || []).length; // the waiting ties the server found naming it
    if (naming > 0) {
      notice += `; ${naming} waiting ${naming === 1 ? "tie names" : "ties name"} ${p.claim}, which cannot be accepted as ${naming === 1 ? "it is" : "they are"}: correct ${naming === 1 ? "its" : "their"} parties (Edit, then accept) or reject ${naming === 1 ? "it" : "them"}`;
    }
  }
  // A decision taken from a report's mark leaves no stale buttons in the side panel.
  const side = ctx.$("details");
  if (side && side.querySelector("h2") && side.querySelector("h2").textContent === "From the report") {
    side.replaceChildren(ctx.el("h2", { text: "From the report" }), ctx.el("p", { class: "meta", text: notice }));
  }
  ctx.reload();
  return d;
}

// changes lists the fields a proposal changes: each with the value on record and the
// value proposed.
function changes(before, after) {
  const keys = [...new Set([...Object.keys(before || {}), ...Object.keys(after || {})])].filter((k) => k !== "recorded" && k !== "sign" && k !== "directed");
  const show = (v, k) => v == null ? "" : typeof v === "string" ? v : k === "citations" && Array.isArray(v) ? citationWords(v)
    : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join(", ") : JSON.stringify(v);
  return keys.filter((k) => show(before && before[k], k) !== show(after && after[k], k)).map((k) => [k, show(before && before[k], k), show(after && after[k], k)]);
}

// citationWords writes citations as a reader cites: the source, where in it, the
// credibility, whose account, and the note (a proposal's evidence).
function citationWords(cs) {
  return cs.map((c) => [`${c.source || ""} ${c.locator || ""}`.trim() + (c.credibility ? ` (C${c.credibility})` : ""),
    c.attributed_to ? `according to ${c.attributed_to}` : "", c.stance && c.stance !== "asserts" ? c.stance : "", c.note || ""]
    .filter(Boolean).join(", ")).join("; ");
}

let reviewsDrawing = 0; // drawings of the queue under way, for scripts and tests (data-busy)

async function showReview(out) {
  reviewsDrawing++;
  out.dataset.busy = "1";
  try {
    await drawReview(out);
  } finally {
    if (--reviewsDrawing === 0) out.dataset.busy = "0";
  }
}

async function drawReview(out) {
  const { el } = ctx;
  const gen = ++reviewGen;
  const [ps, mine] = await Promise.all([
    ctx.api("/api/v1/proposals", { status: "proposed" }),
    ctx.api("/api/v1/proposals", { author: session.user.name }),
  ]);
  const byCase = new Map();
  for (const p of ps) {
    if (!byCase.has(p.case)) byCase.set(p.case, []);
    byCase.get(p.case).push(p);
  }
  const cards = [];
  for (const [c, list] of byCase) {
    const authors = [...new Set(list.map((p) => p.author))].join(", ");
    cards.push(el("h3", { text: `${c}: ${list.length} waiting (by ${authors})` }));
    for (const p of list) cards.push(await proposalCard(p));
  }
  if (gen !== reviewGen) return; // a newer drawing of the queue took over
  const allDecided = mine.filter((p) => p.status !== "proposed");
  const decided = allDecided.slice(-10).reverse(); // the latest ten; the audit view has them all
  out.replaceChildren(...[
    notice ? el("p", { class: "notice", role: "status", text: notice }) : null,
    el("h2", { text: `Waiting for review (${ps.length})` }),
    ps.length ? null : el("p", { text: "Nothing waits for review." }),
    ...cards,
    decided.length ? el("h2", { text: allDecided.length > decided.length ? `Your proposals, decided: the latest ${decided.length} of ${allDecided.length} (all in Audit)` : "Your proposals, decided" }) : null,
    decided.length ? ctx.table(["proposal", "claim", "status", "by", "note"],
      decided.map((p) => [p.id, `${p.entity} ${p.claim}`, p.status, p.decided_by || "", p.note || ""])) : null,
  ].filter(Boolean));
}

async function proposalCard(p) {
  const { el } = ctx;
  let before = null;
  if (p.base > 0) before = (await current(p.claim).catch(() => ({ body: null }))).body;
  const rows = p.retract ? [["", "on record", "retracted"]] : changes(before, p.body);
  // A new claim has nothing on record: its fields alone, without an empty column.
  const fresh = !p.base && !p.retract;
  const diff = fresh
    ? el("table", { class: "diff" }, el("tr", {}, el("th", { text: "field" }), el("th", { text: "proposed" })),
      ...rows.filter(([k]) => k !== "id").map(([k, , b]) => el("tr", {}, el("td", { text: k }), el("td", { class: "new", text: b }))))
    : el("table", { class: "diff" }, el("tr", {}, el("th", { text: "field" }), el("th", { text: "on record" }), el("th", { text: "proposed" })),
      ...rows.map(([k, a, b]) => el("tr", {}, el("td", { text: k }), el("td", { class: "old", text: a }), el("td", { class: "new", text: b }))));
  const msg = el("p", { class: "form-error", role: "alert" });
  const note = el("input", { name: "note", size: 40, placeholder: "why (required to reject)" });
  // A team of one decides on its own proposals (session.alone); others leave them to
  // another reviewer.
  const mayReview = session.review.includes(p.case) && (p.author !== session.user.name || (session.alone || []).includes(p.case));
  const stale = p.stale ? el("p", { class: "warn", text: `Stale: the ${p.entity} has changed since this proposal was made (on version ${p.base}); it can only be rejected or withdrawn, and must be made again on the current version.` }) : null;
  const act = (status) => async () => {
    msg.textContent = "";
    try {
      await decide(p, status, undefined, note.value.trim());
    } catch (e) { msg.textContent = e.message; }
  };
  const edit = async () => {
    const f = await ({ tie: tieForm, actor: actorForm, event: eventForm })[p.entity](null, p);
    f.querySelector("textarea[name=reason]").placeholder = "what you changed and why (required; the author's proposal is kept)";
  };
  const card = el("article", { class: "proposal", "data-id": p.id, "data-claim": p.claim },
    el("h4", { text: `${p.base ? "Change to" : p.retract ? "Retraction of" : "New"} ${p.entity} ${p.claim}` }),
    el("p", { class: "meta", text: `by ${p.author}, ${p.created.slice(0, 16).replace("T", " ")}${p.base ? `, on version ${p.base}` : ""}${p.confidence ? `, confidence ${p.confidence.toFixed(1)}` : ""}${p.reason ? `: ${p.reason}` : ""}` }),
    diff, stale,
    mayReview ? el("p", {},
      p.stale ? null : el("button", { type: "button", class: "accept", onclick: act("accepted"), text: "Accept" }), " ",
      p.retract || p.stale ? null : el("button", { type: "button", class: "edit", onclick: edit, text: "Edit, then accept" }), " ",
      note, " ", el("button", { type: "button", class: "reject", onclick: act("rejected"), text: "Reject" })) : null,
    p.author === session.user.name ? el("p", {}, el("button", { type: "button", onclick: act("withdrawn"), text: "Withdraw" })) : null,
    msg);
  return card;
}

async function showAudit(out) {
  const { el } = ctx;
  const es = await ctx.api("/api/v1/audit", { case: ctx.state.case, limit: 200 });
  out.replaceChildren(
    el("h2", { text: `Who changed what in ${ctx.state.case}` }),
    ctx.table(["when", "who", "what", "claim", "version", "why"], es.map((e) => [
      e.at.slice(0, 19).replace("T", " "), e.user, e.action, e.claim ? `${e.entity} ${e.claim}` : "",
      e.version ? String(e.version) : "", e.reason || (e.action === "import" && e.detail ? importWords(e.detail) : "")])));
}

function importWords(d) {
  return ["added", "changed", "retracted"].filter((k) => d[k]).map((k) => `${d[k]} ${k}`).join(", ") || "nothing changed";
}

// --- documents -------------------------------------------------------------------------

let openDocument = ""; // the report shown, by id

// showDocuments lists the reports read into proposals for the case, and shows the one
// chosen: its paragraphs, with each proposal's evidence marked (waiting, accepted,
// rejected); a click on a mark shows its proposals to decide on.
async function showDocuments(out) {
  const { el } = ctx;
  const docs = await ctx.api("/api/v1/documents", { case: ctx.state.case });
  if (!docs.some((d) => d.id === openDocument)) openDocument = docs.length ? docs[docs.length - 1].id : "";
  const list = el("p", { class: "documents" }, docs.length ? "Reports: " : "No report was read into this case (alliances extract --propose).");
  for (const d of docs) {
    list.append(el("button", { type: "button", "aria-pressed": String(d.id === openDocument), text: d.name,
      onclick: () => { openDocument = d.id; showDocuments(out); } }), " ");
  }
  if (!openDocument) { out.replaceChildren(list); return; }
  const doc = await ctx.api("/api/v1/documents/" + encodeURIComponent(openDocument));
  const body = el("div", { class: "document", "data-id": doc.id });
  for (const p of doc.paragraphs) body.append(paragraphView(doc, p));
  out.replaceChildren(el("h2", { text: `${doc.name}: ${doc.proposals.length} proposals` }), list, body);
}

// paragraphView is a paragraph with the evidence of the proposals marked: the text cut
// at every start and end of one, each piece marked with the proposals it holds.
function paragraphView(doc, p) {
  const { el } = ctx;
  const within = doc.proposals.filter((q) => q.end > p.start && q.start < p.end);
  const cuts = new Set([p.start, p.end]);
  for (const q of within) { cuts.add(Math.max(q.start, p.start)); cuts.add(Math.min(q.end, p.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const bytes = new TextEncoder().encode(doc.text);
  const text = (a, b) => new TextDecoder().decode(bytes.slice(a, b));
  // A table (a list of belligerents, its cells between bars) keeps its rows, a line each.
  const table = text(p.start, p.start + 1) === "|";
  const out = el("p", { class: table ? "para table" : "para" }, el("span", { class: "pnum", text: `¶${p.n} ` }));
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const here = within.filter((q) => q.start <= a && q.end >= b);
    if (!here.length) { out.append(text(a, b)); continue; }
    const waiting = here.some((q) => q.status === "proposed");
    out.append(el("mark", {
      class: waiting ? "waiting" : here.every((q) => q.status === "rejected") ? "rejected" : "decided",
      "data-proposals": here.map((q) => q.id).join(" "), "data-claims": here.map((q) => q.claim).join(" "),
      tabindex: "0", role: "button", title: here.map((q) => `${q.entity} ${q.claim} (${q.status})`).join("; "),
      onclick: () => showMarked(here),
    }, text(a, b)));
  }
  return out;
}

// showMarked shows the proposals of a mark in the side panel, those waiting with their
// buttons.
async function showMarked(ps) {
  const { el, $ } = ctx;
  const cards = [];
  for (const p of ps) {
    if (p.status === "proposed") cards.push(await proposalCard(p));
    else cards.push(el("article", { class: "proposal", "data-claim": p.claim }, el("h4", { text: `${p.entity} ${p.claim}` }),
      el("p", { class: "meta", text: `${p.status}${p.decided_by ? " by " + p.decided_by : ""}${p.note ? ": " + p.note : ""}` })));
  }
  $("details").replaceChildren(el("h2", { text: "From the report" }), ...cards);
}
