package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/internal/pgtest"
	"github.com/alliances-project/alliances/server"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

const e2ePassword = "a long enough password"

// teamApp serves the built-in cases from store (a SQLite file or a PostgreSQL URL) as
// a team server, with ana, an analyst of the Afghanistan case, and rev, a reviewer.
func teamApp(t *testing.T, store string) *httptest.Server {
	srv, _ := teamAppDB(t, store)
	return srv
}

// teamAppDB is teamApp, with its store.
func teamAppDB(t *testing.T, store string) (*httptest.Server, *sqlstore.DB) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, recs...); err != nil {
		t.Fatal(err)
	}
	for _, u := range []team.User{
		{Name: "ana", Role: team.Analyst, Access: []team.Access{{Case: "afghanistan-2021", Edit: true}}},
		{Name: "rev", Role: team.Reviewer, Access: []team.Access{{Case: team.AllCases, Edit: true}}},
	} {
		if err := db.AddUser(ctx, u, team.HashPassword(e2ePassword), "test"); err != nil {
			t.Fatal(err)
		}
	}
	h := server.New(db, nil)
	h.UseAccounts(server.Accounts{Store: db, Secure: true})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, db
}

func (b *browser) click(css string) {
	b.t.Helper()
	b.must("POST", "/session/"+b.session+"/element/"+b.element(css)+"/click", map[string]any{}, nil)
}

// set sets a form control's value as a person would leave it, and says so to the page.
func (b *browser) set(css, value string) {
	b.t.Helper()
	ok := b.run(`const [css, v] = arguments; const e = document.querySelector(css); if (!e) return false;
		e.value = v; e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return e.value === v;`, css, value)
	if ok != true {
		b.t.Fatalf("cannot set %s to %q", css, value)
	}
}

func (b *browser) signIn(url, name string) {
	b.t.Helper()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": url + "/#case=afghanistan-2021&at=2021-06"}, nil)
	b.wait("the sign-in form", `return !document.getElementById("signin").hidden`)
	b.set("#signin-name", name)
	b.set("#signin-password", e2ePassword)
	b.click("#signin-submit")
	b.wait(name+" signed in", `return document.querySelector("#account .who")?.textContent.startsWith(arguments[0])`, name)
	b.wait("the network of 2021-06", `return document.documentElement.dataset.at === "2021-06"`)
}

// The claim ana enters: a tie with a note that holds markup, which must show as text.
const (
	e2eTie    = "tie-iran-hostility-taliban-2021-06"
	e2eNote   = `<img src=x onerror="document.title='pwned'">`
	e2eReason = `clashes <i>reported</i> in June`
)

// TestTeamTwoAnalystsInTwoBrowsers drives a team server with two people in two
// browsers, as the team server's issue asks: ana, an analyst, signs in and proposes a
// tie through the form (its date read back in words as she types); rev, a reviewer in
// another browser, sees it in the review queue with what it changes, and in the
// network only when he asks for proposed changes; he accepts it, and both then see it
// in the network; the audit trail says who proposed and who accepted. Markup in the
// note shows as text everywhere. It runs on SQLite, and on PostgreSQL where a test
// server is configured.
func TestTeamTwoAnalystsInTwoBrowsers(t *testing.T) {
	stores := map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return t.TempDir() + "/team.db" },
	}
	if os.Getenv(pgtest.Env) != "" || os.Getenv(pgtest.RequireEnv) == "1" {
		stores["postgres"] = func(t *testing.T) string { return pgtest.URL(t) }
	}
	for name, store := range stores {
		t.Run(name, func(t *testing.T) { twoBrowsers(t, teamApp(t, store(t))) })
	}
}

func twoBrowsers(t *testing.T, srv *httptest.Server) {
	ana, rev := newBrowser(t), newBrowser(t)
	ana.signIn(srv.URL, "ana")
	rev.signIn(srv.URL, "rev")

	// ana proposes the tie.
	ana.click("#new-tie")
	ana.wait("the tie form", `return !!document.querySelector(".claim-form select[name=kind]")`)
	ana.set(".claim-form select[name=subject]", "iran")
	ana.set(".claim-form select[name=kind]", "hostility")
	ana.set(".claim-form select[name=object]", "taliban")
	ana.set(".claim-form input[name=valid]", "2021-06~")
	ana.wait("the date read in words", `return document.querySelector(".claim-form output.reading")?.textContent.includes("June 2021")`)
	ana.set(".claim-form fieldset.citation select[name=source]", "newlines-2021")
	ana.set(".claim-form fieldset.citation input[name=locator]", "¶30")
	ana.set(".claim-form textarea[name=note]", e2eNote)
	ana.set(".claim-form textarea[name=reason]", e2eReason)
	ana.screenshot("team-ana-tie-form")
	ana.click(`.claim-form button[type=submit]`)
	ana.wait("the proposal recorded", `return document.querySelector("#details h2")?.textContent === "Proposed"`)

	// rev does not see it in the record yet; with proposed changes, he sees it dotted.
	tieDrawn := `return [...document.querySelectorAll("#ties path")].filter(p => p.dataset.id === arguments[0]).map(p => p.dataset.proposal ? "proposed" : "recorded").join(",")`
	if got := rev.run(tieDrawn, e2eTie); got != "" {
		t.Errorf("before review the reviewer's network draws the tie as %q, want not at all", got)
	}
	rev.click("#include-proposed")
	rev.wait("the proposed tie in the network", tieDrawn+` === "proposed"`, e2eTie)
	rev.screenshot("team-rev-network-with-proposed")

	// The queue shows what the proposal changes; rev accepts it.
	rev.click("#view-review")
	rev.wait("the proposal in the queue", `return [...document.querySelectorAll(".proposal h4")].some(h => h.textContent.includes(arguments[0]))`, e2eTie)
	queue := fmt.Sprint(rev.run(`return document.getElementById("review-out").innerText`))
	for _, want := range []string{"by ana", e2eReason, "hostility", "2021-06~", "¶30", e2eNote} {
		if !strings.Contains(queue, want) {
			t.Errorf("the review queue does not show %q:\n%s", want, queue)
		}
	}
	rev.screenshot("team-rev-review-queue")
	rev.click(`.proposal button.accept`)
	rev.wait("the acceptance", `return document.getElementById("review-out").innerText.includes("accepted: tie " + arguments[0]) ||
		!!document.querySelector(".proposal .form-error")?.textContent`, e2eTie)
	if msg := rev.run(`return document.querySelector(".proposal .form-error")?.textContent || ""`); msg != "" {
		t.Fatalf("the acceptance failed: %v", msg)
	}

	// Both see it in the network, as recorded.
	rev.click("#include-proposed")
	rev.click("#view-network")
	rev.wait("the accepted tie in the reviewer's network", tieDrawn+` === "recorded"`, e2eTie)
	ana.run(`location.reload()`)
	ana.wait("the network after reload", `return document.documentElement.dataset.at === "2021-06"`)
	ana.wait("the accepted tie in the analyst's network", tieDrawn+` === "recorded"`, e2eTie)
	ana.screenshot("team-ana-network-after-review")

	// The evidence panel shows the note as text.
	ana.run(`document.querySelector('#ties path[data-id="' + arguments[0] + '"]').dispatchEvent(new MouseEvent("click", {bubbles: true}))`, e2eTie)
	ana.wait("the tie's evidence", `return document.getElementById("details").innerText.includes(arguments[0])`, e2eNote)

	// The audit trail says who did what.
	rev.click("#view-audit")
	rev.wait("the audit trail", `return document.getElementById("audit-out").innerText.includes(arguments[0])`, e2eTie)
	audit := fmt.Sprint(rev.run(`return document.getElementById("audit-out").innerText`))
	for _, want := range []string{"rev\taccept\ttie " + e2eTie + "\t1\t" + e2eReason, "ana\tpropose\ttie " + e2eTie} {
		if !strings.Contains(audit, want) {
			t.Errorf("the audit trail does not say %q:\n%s", want, audit)
		}
	}
	rev.screenshot("team-rev-audit")
	for _, b := range []*browser{ana, rev} {
		if got := b.run(`return [document.title, document.querySelectorAll("img[src=x]").length, document.querySelectorAll("main i").length]`); fmt.Sprint(got) != "[alliances 0 0]" {
			t.Errorf("markup in the note or the reason ran or was drawn: title, images and italics %v", got)
		}
	}

	// ana starts changing the tie (version 1); meanwhile another change of it is
	// proposed and accepted; her change is refused, with the version on record shown.
	ana.run(`document.getElementById("change-tie").click()`)
	ana.wait("the change form", `return document.querySelector(".claim-form h2")?.textContent.startsWith("Change tie")`)
	ana.set(".claim-form textarea[name=note]", "a new note")
	ana.set(".claim-form textarea[name=reason]", "reworded")
	changeBehind(t, srv.URL, e2eTie)
	ana.click(`.claim-form button[type=submit]`)
	ana.wait("the refusal", `return document.querySelector(".claim-form .form-error")?.textContent.includes("now at version 2")`)
	// The version on record is fetched after the refusal is shown: wait for it, so that
	// a slow answer is not read as a missing one.
	ana.wait("the version on record", `return !!document.querySelector(".claim-form pre.current")`)
	if got := fmt.Sprint(ana.run(`return document.querySelector(".claim-form pre.current")?.textContent || ""`)); !strings.Contains(got, "changed meanwhile") {
		t.Errorf("the refused change does not show the version on record: %q", got)
	}
	ana.screenshot("team-ana-stale-change")
}

// changeBehind changes a tie's note through the API, as ana in another window and rev
// accepting it: the tie goes to version 2.
func changeBehind(t *testing.T, base, tie string) {
	t.Helper()
	session := func(name string) (*http.Client, string) {
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar}
		resp, err := c.Post(base+"/api/v1/session", "application/json", strings.NewReader(`{"name":"`+name+`","password":"`+e2ePassword+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		var s struct{ CSRF string }
		json.NewDecoder(resp.Body).Decode(&s)
		resp.Body.Close()
		return c, s.CSRF
	}
	send := func(c *http.Client, csrf, path string, body any, out any) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", base+path, bytes.NewReader(b))
		req.Header.Set("X-CSRF-Token", csrf)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			msg, _ := io.ReadAll(resp.Body)
			t.Fatalf("POST %s: %s %s", path, resp.Status, msg)
		}
		json.NewDecoder(resp.Body).Decode(out)
	}
	anaC, anaCSRF := session("ana")
	resp, err := anaC.Get(base + "/api/v1/claims/" + tie + "/history")
	if err != nil {
		t.Fatal(err)
	}
	var vs []struct {
		Claim map[string]any `json:"claim"`
	}
	json.NewDecoder(resp.Body).Decode(&vs)
	resp.Body.Close()
	body := vs[len(vs)-1].Claim
	delete(body, "recorded")
	body["note"] = "changed meanwhile"
	var p struct{ ID string }
	send(anaC, anaCSRF, "/api/v1/proposals", map[string]any{"case": "afghanistan-2021", "entity": "tie", "claim": tie, "base": 1,
		"body": body, "reason": "another window"}, &p)
	revC, revCSRF := session("rev")
	send(revC, revCSRF, "/api/v1/proposals/"+p.ID+"/decision", map[string]any{"status": "accepted", "revision": 1}, &struct{}{})
}

// TestExtractedProposalsReviewedInTheBrowser puts the proposals the reader makes of a
// short report in the review queue, as alliances extract --propose does, and reviews them
// in the app: one accepted, one corrected (its dates) and accepted, one rejected. The
// network then draws the two accepted, citing the report by paragraph with the sentence
// kept, and not the rejected one.
func TestExtractedProposalsReviewedInTheBrowser(t *testing.T) {
	srv, db := teamAppDB(t, t.TempDir()+"/extract.db")
	ctx := context.Background()
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	known, err := answer.CaseActors(ctx, db, "afghanistan-2021", all, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	// Paragraphs that state nothing put Russia's far down the page, as in a long report.
	filler := strings.Repeat("This paragraph only fills the report, so that the last one lies far below the top of the page, as in a long report.\n\n", 30)
	report := "Pakistan gave its support to the Taliban in 2004, as its army grew impatient with the government in Kabul.\n\n" +
		"Iran reportedly armed the Taliban in 2017, as its fear of an American base in the west of the country grew stronger.\n\n" + filler +
		"Russia supplied weapons to the Taliban in 2017, through the north and by way of Central Asia, according to the report.\n"
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source = "newlines-2021"
	doc := extract.Read("report.txt", report, rules)
	// At the command's default threshold (0.5), as alliances extract --propose puts them.
	props := slices.DeleteFunc(rd.Read(doc), func(p extract.Proposal) bool { return p.Confidence < 0.5 })
	if len(props) != 3 {
		t.Fatalf("the reader proposes %d ties, want 3", len(props))
	}
	if err := db.AddDocument(ctx, team.Document{ID: "doc1", Case: "afghanistan-2021", Source: "newlines-2021", Name: "report.txt",
		Text: doc.Text, Author: "extract", Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, p := range props {
		body, _ := json.Marshal(p.Tie)
		if _, err := db.Propose(ctx, team.Proposal{Case: "afghanistan-2021", Entity: "tie", Claim: p.Tie.ID, Body: body, Author: "extract",
			Reason: fmt.Sprintf("¶%d: %s", p.Paragraph, p.Quote), Confidence: p.Confidence, Document: "doc1", Start: p.Start, End: p.End}); err != nil {
			t.Fatal(err)
		}
		ids[p.Tie.Subject] = p.Tie.ID
	}
	rev := newBrowser(t)
	rev.signIn(srv.URL, "rev")
	card := func(id string) string { return `#review-out .proposal[data-claim="` + id + `"]` }
	mark := func(id string) string { return `#documents-out mark[data-claims~="` + id + `"]` }

	// The report, its sentences marked; Pakistan's accepted from there.
	rev.click("#view-documents")
	rev.wait("the report with its three proposals marked", `return document.querySelectorAll("#documents-out mark.waiting").length === 3`)
	rev.screenshot("extract-document")
	// The account line shows no stray word; a mark far down the report shows its
	// proposal beside it, in view, its citation written as a reader cites.
	rev.wait("the account line", `const a = document.getElementById("account"); return !!a && !a.hidden && a.textContent.includes("rev (") && !a.textContent.includes("null")`)
	rev.click(mark(ids["russia"]))
	rev.wait("Russia's proposal beside the last paragraph, in view", `const d = document.getElementById("details");
		const m = document.querySelector(arguments[0]).getBoundingClientRect(), r = d.getBoundingClientRect();
		return !!d.querySelector(".proposal[data-claim='" + arguments[1] + "'] button.accept") && m.top > 400 &&
			r.top >= 0 && r.top < innerHeight / 2`, mark(ids["russia"]), ids["russia"])
	rev.wait("the citation as a reader cites", `const t = document.getElementById("details").textContent;
		return t.includes("newlines-2021 ¶") && !t.includes('{"source"')`)
	rev.screenshot("extract-document-far-down")
	rev.click(mark(ids["pakistan"]))
	rev.wait("the proposal in the side panel", `return !!document.querySelector("#details .proposal button.accept")`)
	rev.click("#details .proposal button.accept")
	rev.wait("the mark of the accepted proposal", `return document.querySelector(arguments[0])?.classList.contains("decided")`, mark(ids["pakistan"]))
	rev.wait("the side panel saying it, with no buttons left", `const d = document.getElementById("details");
		return !d.querySelector("button.accept") && d.textContent.includes("accepted: tie " + arguments[0])`, ids["pakistan"])

	// The other two from the queue.
	rev.click("#view-review")
	rev.wait("the two proposals left", `const out = document.getElementById("review-out");
		return out.dataset.busy === "0" && out.querySelectorAll(".proposal").length === 2`)
	rev.screenshot("extract-review-queue")
	rev.click(card(ids["iran"]) + " button.edit")
	rev.wait("the form of the claim", `return !!document.querySelector(".claim-form input[name=valid]")`)
	rev.set(".claim-form input[name=valid]", "2016/2018")
	rev.set(".claim-form select[name=status]", "reported")
	rev.set(".claim-form textarea[name=reason]", "the report's ¶2 covers 2016 to 2018, and others confirm it")
	rev.click(".claim-form button[type=submit]")
	rev.wait("the corrected acceptance", `return document.querySelector("#details h2")?.textContent === "Accepted"`)
	rev.click("#view-review")
	// Made reported, the tie cites the report at credibility 2, and the notice says so.
	rev.wait("the notice of the changed credibility", `return (document.querySelector("#review-out .notice")?.textContent || "").includes("its citation's credibility 2 for the status given")`)
	rev.screenshot("extract-review-notice")
	rev.wait("the queue drawn again with the last proposal", `const out = document.getElementById("review-out");
		return out.dataset.busy === "0" && out.querySelectorAll(".proposal").length === 1 && !!document.querySelector(arguments[0])`, card(ids["russia"])+" button.reject")
	rev.set(card(ids["russia"])+" input[name=note]", "the report does not say who")
	rev.click(card(ids["russia"]) + " button.reject")
	rev.wait("the rejection", `return document.getElementById("review-out").innerText.includes("rejected: tie " + arguments[0])`, ids["russia"])

	rev.click("#view-network")
	drawn := `return [...document.querySelectorAll("#ties path")].map(p => p.dataset.id).filter(id => id.startsWith("x-")).sort().join(" ")`
	rev.must("POST", "/session/"+rev.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2017-06"}, nil)
	rev.wait("the network of 2017-06", `return document.documentElement.dataset.at === "2017-06"`)
	if got, want := fmt.Sprint(rev.run(drawn)), ids["iran"]; got != want {
		t.Errorf("the reader's ties drawn at 2017-06: %q, want the corrected Iran tie only (Pakistan's is of 2004, Russia's rejected)", got)
	}
	rev.screenshot("extract-network-after-review")
	ties, err := db.Ties(ctx, alliances.TieFilter{Actors: []string{"iran"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tie := range ties {
		if tie.ID == ids["iran"] && (tie.Valid.String() != "2016/2018" || tie.Citations[0].Locator != "¶2" || !strings.Contains(tie.Citations[0].Note, "Iran reportedly armed") ||
			tie.Status != alliances.Reported || tie.Citations[0].Credibility != 2) {
			t.Errorf("the corrected tie: %+v; want 2016/2018, reported, citing ¶2 at credibility 2 with its sentence", tie)
		}
	}
}

// TestNewCaseFromAReportInTheBrowser follows a newcomer: a report read into a case of
// its own, as alliances extract --new-case --propose does, with an organization the
// record does not know proposed as an actor before the tie naming it. The network says
// that nothing is on record yet; in the report, the reviewer accepts the actor, then the
// tie, from their marks; the network then draws the tie.
func TestNewCaseFromAReportInTheBrowser(t *testing.T) {
	srv, db := teamAppDB(t, t.TempDir()+"/new.db")
	text := "When Gulbuddin Hekmatyar's Hizb-e Islami signed a peace deal in 2016, the Taliban were upset with the party and its leaders.\n\n" +
		"By 2018, Hizb-e Islami was edging closer to the Taliban, and a full friendship blossomed in the months before the fall of Kabul.\n"
	rd, doc, found := readIntoCase(t, db, "afg-read", "report.txt", text)
	var party, tie string
	for _, f := range found {
		if f.Actor.Name != "Hizb-e Islami" || f.Actor.ID != "hizb-e-islami-2" {
			continue
		}
		party = f.Actor.ID
		proposeFound(t, db, "afg-read", f)
	}
	for _, p := range rd.Read(doc) {
		if p.Tie.Subject == party && p.Tie.Object == "taliban" && p.Tie.Kind == alliances.Favour && p.Confidence >= 0.5 {
			tie = p.Tie.ID
			proposeTie(t, db, "afg-read", p)
		}
	}
	if party == "" || tie == "" {
		t.Fatalf("found %+v and no Hizb-e Islami, or no tie of its favour to the Taliban", found)
	}
	rev := newBrowser(t)
	rev.signInAt(srv.URL+"/#case=afg-read", "rev")
	rev.wait("the empty case said so", `return [...document.querySelectorAll("#ties .empty-case")].some(t => t.textContent.includes("No tie of this case is on record yet"))`)
	rev.screenshot("new-case-empty")

	mark := func(id string) string { return `#documents-out mark[data-claims~="` + id + `"]` }
	rev.click("#view-documents")
	rev.wait("the actor's and the tie's marks", `return !!document.querySelector(arguments[0]) && !!document.querySelector(arguments[1])`, mark(party), mark(tie))
	rev.click(mark(party))
	rev.wait("the actor in the side panel", `return !!document.querySelector("#details .proposal button.accept")`)
	rev.click("#details .proposal button.accept")
	rev.wait("the actor accepted", `return document.querySelector(arguments[0])?.classList.contains("decided")`, mark(party))
	rev.click(mark(tie))
	rev.wait("the tie in the side panel", `return !!document.querySelector("#details .proposal button.accept")`)
	rev.click("#details .proposal button.accept")
	rev.wait("the tie accepted", `return document.querySelector(arguments[0])?.classList.contains("decided")`, mark(tie))

	rev.must("POST", "/session/"+rev.session+"/url", map[string]any{"url": srv.URL + "/#case=afg-read&at=2018-06"}, nil)
	rev.wait("the network of 2018-06", `return document.documentElement.dataset.at === "2018-06"`)
	drawn := `return [...document.querySelectorAll("#ties path")].map(p => p.dataset.id).sort().join(" ")`
	if got := fmt.Sprint(rev.run(drawn)); got != tie {
		t.Errorf("the network of the new case at 2018-06 draws %q, want the accepted tie %s", got, tie)
	}
	rev.screenshot("new-case-network")
}

// TestReviewAloneInTheBrowser follows a newcomer who reviews a report's proposals alone
// (a fresh-eyes review found each step below broken): signed in without a case in the
// address, the Propose buttons show for the case chosen; "Edit, then accept" on a tie
// whose parties are shared actors not yet named in the case keeps them in the form; an
// actor the reviewer adds is theirs to accept, the case having no other reviewer; and a
// tie's panel shows no "null" where a part is missing.
func TestReviewAloneInTheBrowser(t *testing.T) {
	ctx := context.Background()
	db := builtIn(t)
	date := edtf.MustParse("2021-09-09")
	if _, err := db.Import(ctx, &alliances.Record{Case: "afg-solo", Title: "A report read alone",
		Sources: []alliances.Source{{ID: "report", Title: "A report", Kind: "analysis", Reliability: "B", Date: &date}}}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddUser(ctx, team.User{Name: "solo", Role: team.Reviewer, Access: []team.Access{{Case: team.AllCases, Edit: true}}},
		team.HashPassword(e2ePassword), "test"); err != nil {
		t.Fatal(err)
	}
	// Pakistan and the Taliban are the registry's: the case names neither yet.
	body := `{"id":"x-pakistan-support-taliban-p14","subject":"pakistan","object":"taliban","kind":"support","valid":"2004",
		"citations":[{"source":"report","locator":"¶14","credibility":2}]}`
	if _, err := db.Propose(ctx, team.Proposal{Case: "afg-solo", Entity: "tie", Claim: "x-pakistan-support-taliban-p14", Body: []byte(body),
		Author: "extract", Reason: "Pakistan resumed its support for the Taliban in 2004.", Confidence: 0.8}); err != nil {
		t.Fatal(err)
	}
	// An actor the reader found, and a tie naming it: rejecting the actor says the tie
	// cannot be accepted as it is (as the terminal's review does).
	for _, p := range []team.Proposal{
		{Case: "afg-solo", Entity: "actor", Claim: "jihadists", Body: []byte(`{"id":"jihadists","name":"jihadists","kind":"category"}`),
			Author: "extract", Reason: "¶2: named \"jihadists\", a collective noun of armed men", Confidence: 0.5},
		{Case: "afg-solo", Entity: "tie", Claim: "x-jihadists-support-taliban-p2", Body: []byte(`{"id":"x-jihadists-support-taliban-p2","subject":"jihadists","object":"taliban","kind":"support","valid":"2020",
			"citations":[{"source":"report","locator":"¶2","credibility":2}]}`), Author: "extract", Reason: "Jihadists backed the Taliban.", Confidence: 0.6},
	} {
		if _, err := db.Propose(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	h := server.New(db, nil)
	h.UseAccounts(server.Accounts{Store: db, Secure: true})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)

	b := newBrowser(t)
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/"}, nil)
	b.wait("the sign-in form", `return !document.getElementById("signin").hidden`)
	b.set("#signin-name", "solo")
	b.set("#signin-password", e2ePassword)
	b.click("#signin-submit")
	b.wait("the Propose buttons of the case chosen", `return !!document.querySelector("#account #new-tie")`)

	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afg-solo&view=review"}, nil)
	b.run(`location.reload()`)
	b.wait("the tie waiting", `return !!document.querySelector('#review-out .proposal[data-claim="x-pakistan-support-taliban-p14"] button.edit')`)
	b.click(`#review-out .proposal[data-claim="x-pakistan-support-taliban-p14"] button.edit`)
	b.wait("the form with the tie's parties", `return document.querySelector("#details form select[name=subject]")?.value === "pakistan" &&
		document.querySelector("#details form select[name=object]")?.value === "taliban"`)
	b.screenshot("review-alone-edit-form")
	if got := b.run(`return document.querySelector("#details form button[type=submit]").textContent`); got != "Accept with the changes" {
		t.Errorf("the edit form's button says %q, want Accept with the changes", got)
	}
	b.set("#details form select[name=kind]", "favour")
	b.set("#details form textarea[name=reason]", "the report says favour, not support")
	b.click("#details form button[type=submit]")
	b.wait("the tie accepted", `return document.querySelector("#details h2")?.textContent === "Accepted"`)

	// An actor the reviewer adds waits for a reviewer: solo, the case's only one.
	b.click("#account #new-actor")
	b.wait("the actor form", `return !!document.querySelector("#details form input[name=name]")`)
	b.set("#details form input[name=name]", "Ashraf Ghani")
	b.set("#details form select[name=kind]", "individual")
	b.set("#details form textarea[name=reason]", "named in ¶7")
	b.click("#details form button[type=submit]")
	b.wait("the actor proposed, or refused", `return document.querySelector("#details h2")?.textContent === "Proposed" || !!document.querySelector("#details .form-error")?.textContent`)
	if msg := b.run(`return document.querySelector("#details .form-error")?.textContent || ""`); msg != "" {
		t.Fatalf("the actor was refused: %v", msg)
	}
	b.click("#view-network")
	b.click("#view-review")
	b.wait("solo's own actor with Accept", `return !!document.querySelector('#review-out .proposal[data-claim="ashraf-ghani-2"] button.accept')`)
	b.screenshot("review-alone-own-actor")
	b.click(`#review-out .proposal[data-claim="ashraf-ghani-2"] button.accept`)
	b.wait("the actor accepted", `return !document.querySelector('#review-out .proposal[data-claim="ashraf-ghani-2"]')`)

	b.wait("the reader's actor waiting", `return document.getElementById("review-out").dataset.busy === "0" && !!document.querySelector('#review-out .proposal[data-claim="jihadists"] button.reject')`)
	b.set(`#review-out .proposal[data-claim="jihadists"] input[name=note]`, "a word, not an actor")
	b.click(`#review-out .proposal[data-claim="jihadists"] button.reject`)
	b.wait("the rejection's notice", `return (document.querySelector("#review-out .notice")?.textContent || "").includes("rejected: actor jihadists")`)
	if got := fmt.Sprint(b.run(`return document.querySelector("#review-out .notice").textContent`)); !strings.Contains(got, "1 waiting tie names jihadists, which cannot be accepted as it is") {
		t.Errorf("the rejection of an actor does not name the tie left waiting: %q", got)
	}
	b.screenshot("review-alone-actor-rejected")

	// Corrected to favour, the tie is recorded under the id that names it.
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afg-solo&at=2004-06&sel=x-pakistan-favour-taliban-p14"}, nil)
	b.run(`location.reload()`)
	b.wait("the tie's panel", `return document.querySelector("#details h2")?.textContent.includes("favour")`)
	if text := fmt.Sprint(b.run(`return document.getElementById("details").textContent`)); strings.Contains(text, "null") {
		t.Errorf("the tie's panel shows null: %.300s", text)
	}
	b.screenshot("review-alone-tie")
}
