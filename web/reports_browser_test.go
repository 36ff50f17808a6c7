package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// TestTableProposalsInTheBrowser: a list of armed groups states its relations in a table
// of belligerents (a reviewer got no tie from two such lists). Read into a new case, the
// table's entries are proposed, each marked in the report's view where it stands in its
// cell; the reviewer opens a supporter's mark and accepts its support, which the network
// then draws.
func TestTableProposalsInTheBrowser(t *testing.T) {
	srv, db := teamAppDB(t, t.TempDir()+"/table.db")
	text := "A number of armed groups fought in the war in the north of the country for years.\n\n" +
		"| Taliban and allies | Northern Alliance and allies |\n" +
		"| --- | --- |\n" +
		"| 🇦🇫 **Taliban** (Kandahar-based) * Haqqani Network * Quetta Shura **Allied armed groups:** * al Qaeda  🇵🇰 Pakistan (from 2001) " +
		"**Supported by**: *🇮🇷 Iran (until 2016) *🇷🇺 Russia (2015–18) | 🇦🇫 **Northern Alliance** * Jamiat Front **Supported by**: *🇮🇳 India |\n"
	rd, doc, found := readIntoCase(t, db, "list", "list.md", text)
	for _, f := range found {
		proposeFound(t, db, "list", f)
	}
	russiaSupport := ""
	var ties []string
	for _, p := range rd.Read(doc) {
		proposeTie(t, db, "list", p)
		ties = append(ties, p.Tie.ID)
		if p.Tie.Subject == "russia" && p.Tie.Object == "taliban" && p.Tie.Kind == alliances.Support {
			russiaSupport = p.Tie.ID
		}
	}
	if russiaSupport == "" || len(ties) < 6 {
		t.Fatalf("the table gave %v, want Russia's support of the Taliban among six ties or more", ties)
	}
	rev := newBrowser(t)
	rev.signInAt(srv.URL+"/#case=list", "rev")
	rev.wait("the empty case said so", `return [...document.querySelectorAll("#ties .empty-case")].some(t => t.textContent.includes("No tie of this case is on record yet"))`)
	rev.click("#view-documents")
	mark := `#documents-out mark[data-claims~="` + russiaSupport + `"]`
	rev.wait("Russia's mark in the table", `return !!document.querySelector(arguments[0])`, mark)
	if got := fmt.Sprint(rev.run(`return document.querySelector(arguments[0]).textContent`, mark)); got != "🇷🇺 Russia (2015–18)" {
		t.Errorf("Russia's mark reads %q, want the entry of the cell", got)
	}
	if got := fmt.Sprint(rev.run(`return document.querySelectorAll("#documents-out .para.table").length`)); got != "1" {
		t.Errorf("%s paragraphs shown as a table, want the one (its rows a line each)", got)
	}
	rev.screenshot("table-proposals")
	rev.click(mark)
	rev.wait("the support in the side panel", `return !!document.querySelector("#details .proposal button.accept")`)
	rev.click("#details .proposal button.accept")
	rev.wait("the support accepted", `return document.querySelector(arguments[0])?.classList.contains("decided")`, mark)
	rev.must("POST", "/session/"+rev.session+"/url", map[string]any{"url": srv.URL + "/#case=list&at=2016-06"}, nil)
	rev.wait("the network of 2016-06", `return document.documentElement.dataset.at === "2016-06"`)
	drawn := `return [...document.querySelectorAll("#ties path")].map(p => p.dataset.id).sort().join(" ")`
	if got := fmt.Sprint(rev.run(drawn)); got != russiaSupport {
		t.Errorf("the network of 2016-06 draws %q, want the accepted support %s", got, russiaSupport)
	}
	rev.screenshot("table-network")
}

// readIntoCase makes a case of one source, "report", and reads text into it as
// alliances extract --new-case does: the registry's actors known, the ids every case
// holds taken, the report kept as the case's document "doc1". It returns the reader, the
// report read and the actors found in it.
func readIntoCase(t *testing.T, db *sqlstore.DB, caseID, name, text string) (*extract.Reader, *extract.Document, []extract.Found) {
	t.Helper()
	ctx := context.Background()
	date := edtf.MustParse("2021-09-09")
	if _, err := db.Import(ctx, &alliances.Record{Case: caseID, Title: "A report read",
		Sources: []alliances.Source{{ID: "report", Title: "A report", Kind: "analysis", Reliability: "B", Date: &date}}}); err != nil {
		t.Fatal(err)
	}
	all, err := db.Actors(ctx, alliances.ActorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var known []alliances.Actor
	for _, a := range all {
		if a.Recorded != nil && a.Recorded.Case == alliances.RegistryCase {
			known = append(known, a)
		}
	}
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source, rd.Date = "report", date
	rd.Taken = map[string]bool{}
	for _, a := range all {
		rd.Taken[a.ID] = true // the built-in Afghanistan case holds a hizb-e-islami
	}
	doc := extract.Read(name, text, rules)
	found := rd.Discover(doc)
	if err := db.AddDocument(ctx, team.Document{ID: "doc1", Case: caseID, Source: "report", Name: name, Text: doc.Text,
		Author: "extract", Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	return rd, doc, found
}

// proposeFound puts an actor the reader found into the case's review queue, at its place
// in the document "doc1".
func proposeFound(t *testing.T, db *sqlstore.DB, caseID string, f extract.Found) {
	t.Helper()
	body, _ := json.Marshal(f.Actor)
	if _, err := db.Propose(context.Background(), team.Proposal{Case: caseID, Entity: "actor", Claim: f.Actor.ID, Body: body, Author: "extract",
		Reason: f.Why, Confidence: f.Confidence, Document: "doc1", Start: f.Start, End: f.End}); err != nil {
		t.Fatal(err)
	}
}

// proposeTie puts a tie the reader read into the case's review queue, at its evidence in
// the document "doc1".
func proposeTie(t *testing.T, db *sqlstore.DB, caseID string, p extract.Proposal) {
	t.Helper()
	body, _ := json.Marshal(p.Tie)
	if _, err := db.Propose(context.Background(), team.Proposal{Case: caseID, Entity: "tie", Claim: p.Tie.ID, Body: body, Author: "extract",
		Reason: p.Quote, Confidence: p.Confidence, Document: "doc1", Start: p.Start, End: p.End}); err != nil {
		t.Fatal(err)
	}
}

// signInAt opens the app at address and signs name in.
func (b *browser) signInAt(address, name string) {
	b.t.Helper()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": address}, nil)
	b.wait("the sign-in form", `return !document.getElementById("signin").hidden`)
	b.set("#signin-name", name)
	b.set("#signin-password", e2ePassword)
	b.click("#signin-submit")
}
