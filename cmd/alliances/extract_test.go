package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// TestExtractProposesOnce reads a report of two sentences against the built-in case:
// the table names the tie each states, --propose puts them in the review queue, and a
// second --propose offers none again.
func TestExtractProposesOnce(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	report := writeReport(t)
	out := c.ok("extract", report, "--case", "afghanistan-2021")
	for _, want := range []string{"iran      support  taliban  /2018  alleged", "russia    support  taliban  2017   alleged", "hedge: reportedly", "attributed to Taliban sources"} {
		if !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("extract does not print %q:\n%s", want, out)
		}
	}
	var asJSON struct {
		Actors []extract.Found    `json:"actors"`
		Ties   []extract.Proposal `json:"ties"`
	}
	if err := json.Unmarshal([]byte(c.ok("extract", report, "--case", "afghanistan-2021", "--json")), &asJSON); err != nil ||
		asJSON.Actors == nil || len(asJSON.Ties) != 2 || asJSON.Ties[0].Tie.Subject != "iran" {
		t.Errorf("--json: %+v (%v), want no new actor (a list, not null) and the two ties, Iran's first", asJSON, err)
	}
	if out := c.ok("extract", report, "--case", "afghanistan-2021", "--propose"); !strings.Contains(out, "2 proposals put in the review queue of case afghanistan-2021: 0 actors, 2 ties") {
		t.Errorf("--propose: %s", out)
	}
	if out := c.ok("extract", report, "--case", "afghanistan-2021", "--propose"); !strings.Contains(out, "0 proposals put in the review queue of case afghanistan-2021: 0 actors, 0 ties (2 proposals offered before and not again)") {
		t.Errorf("--propose again: %s", out)
	}
	if out := c.ok("audit", "--user", "extract"); strings.Count(out, "propose") != 2 {
		t.Errorf("the audit trail of extract:\n%s", out)
	}
	// The report is kept with the case, so that the app shows it with its proposals.
	db, err := sqlstore.Open(context.Background(), c.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs, err := db.Documents(context.Background(), "afghanistan-2021")
	if err != nil || len(docs) != 1 || docs[0].Name != "report.txt" || docs[0].Case != "afghanistan-2021" {
		t.Errorf("the case's reports: %+v (%v); want report.txt, kept once though read twice", docs, err)
	}
	ps, err := db.Proposals(context.Background(), team.ProposalFilter{Document: docs[0].ID})
	if err != nil || len(ps) != 2 {
		t.Errorf("the proposals of the report first read: %d (%v), want 2", len(ps), err)
	}
}

// TestReviewOnTheCommandLine proposes two ties from a report, then reviews them as a
// person at the terminal: the first shown changed (its dates) and accepted, the second
// rejected; the record holds the first as changed, and the audit trail both decisions.
func TestReviewOnTheCommandLine(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	report := writeReport(t)
	c.ok("extract", report, "--case", "afghanistan-2021", "--propose")
	c.stdin = "e valid=2016/2018 status=reported -- the report's ¶1 says from 2016, and others confirm it\nr the report's sources are one side's\n"
	out := c.ok("review", "--case", "afghanistan-2021", "--author", "extract")
	if !strings.Contains(out, "1 accepted, 1 rejected") || !strings.Contains(out, "confidence 0.") || !strings.Contains(out, "why: ¶1:") {
		t.Errorf("review:\n%s", out)
	}
	// Made reported (from alleged), the tie cites its report at credibility 2, as the
	// reader gives a reported claim, and the review says so.
	if !strings.Contains(out, "its citation's credibility 2 for the status given") {
		t.Errorf("review does not say the credibility changed with the status:\n%s", out)
	}
	// The two were proposed in one run, at the test's one instant: either comes first.
	if out := c.ok("ties", "--actor", "iran,russia", "--kind", "support", "--case", "afghanistan-2021"); !strings.Contains(out, "2016/2018") {
		t.Errorf("the support of Iran and Russia after the review:\n%s", out)
	}
	// Without $USER or $LOGNAME (as here), the decisions are the process's account's.
	who := cliLogin()
	audit := c.ok("audit", "--case", "afghanistan-2021")
	for _, want := range []string{"accept", "reject", "the report's sources are one side's", who + "  accept"} {
		if !strings.Contains(audit, want) {
			t.Errorf("the audit trail does not say %q:\n%s", want, audit)
		}
	}
	if out := c.ok("review", "--case", "afghanistan-2021"); !strings.Contains(out, "nothing waits for review") {
		t.Errorf("review with nothing left:\n%s", out)
	}
	// Stopping early says how many still wait.
	c.ok("extract", writeText(t, "other.txt", "Pakistan reportedly armed the Taliban by 2016, as its fear of India grew stronger in the east of the country.\n\n"+
		"According to Taliban sources, China supplied weapons to the Taliban in 2019, through the north and by way of Central Asia.\n"), "--case", "afghanistan-2021", "--propose")
	c.stdin = "s\nq\n"
	if out := c.ok("review", "--case", "afghanistan-2021"); !strings.Contains(out, "1 skipped, 1 waiting still") {
		t.Errorf("review stopped at the second of two:\n%s", out)
	}
}

// TestPipedAnswerRefusedStopsTheReview: answers written before, piped in, are one a
// proposal; one that cannot be taken stops the review, naming it, so that the answers
// after it do not fall on the wrong proposals (a newcomer's review lost its place so).
func TestPipedAnswerRefusedStopsTheReview(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	c.ok("extract", writeReport(t), "--case", "afghanistan-2021", "--propose")
	c.stdin = "e id=other -- a better id\na\n"
	out, errOut, code := c.run("review", "--case", "afghanistan-2021", "--author", "extract")
	if code != 2 || !strings.Contains(errOut, "answer 1 (for tie ") || !strings.Contains(errOut, "cannot be changed") ||
		!strings.Contains(errOut, "the answers after it were not read") || strings.Contains(out, "accepted") ||
		strings.Contains(out, "nothing waits") { // a reviewer read "nothing waits for review" while two waited
		t.Errorf("a refused piped answer: exit %d\n%s\n%s", code, out, errOut)
	}
	if out := c.ok("review", "--case", "afghanistan-2021", "--list"); !strings.Contains(out, "2 proposals waiting.") {
		t.Errorf("after the refused answer, both wait still:\n%s", out)
	}
	c.stdin = "x\n"
	if _, errOut, code := c.run("review", "--case", "afghanistan-2021"); code != 2 || !strings.Contains(errOut, `"x": expected a, e FIELD=VALUE... -- WHY, r WHY, s or q`) {
		t.Errorf("an unknown piped answer: exit %d, %s", code, errOut)
	}
}

// TestExtractReadsAPDF reads testdata/report.pdf, a one-page PDF of two paragraphs
// written by hand, through pdftotext: the lines of a paragraph joined again, the two ties
// it states proposed with their paragraphs. Without pdftotext (CI installs it and sets
// ALLIANCES_REQUIRE_PDFTOTEXT) the test cannot run.
func TestExtractReadsAPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("ALLIANCES_REQUIRE_PDFTOTEXT") != "" {
			t.Fatal("pdftotext is required here (poppler-utils) and missing")
		}
		t.Skip("pdftotext is not installed")
	}
	c := newCLI(t)
	c.ok("cases")
	out := strings.Join(strings.Fields(c.ok("extract", "testdata/report.pdf", "--case", "afghanistan-2021")), " ")
	for _, want := range []string{"1 pakistan support taliban 2004/.. reported", "2 iran support taliban /2018 alleged"} {
		if !strings.Contains(out, want) {
			t.Errorf("extract of the PDF does not print %q:\n%s", want, out)
		}
	}
	if out := c.ok("extract", "testdata/report.pdf", "--paragraphs"); !strings.Contains(out, "¶1 (1 sentences): Pakistan resumed its support for the Taliban in 2004, as its army grew impatient") {
		t.Errorf("the PDF's first paragraph is not one line of text:\n%s", out)
	}
}

// TestExtractRefusesWhatItCannotRead: a PDF without pdftotext, a file that is not text,
// an empty one, each refused with the file's name and what was expected.
func TestExtractRefusesWhatItCannotRead(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	dir := t.TempDir()
	binary := filepath.Join(dir, "photo.jpg")
	if err := os.WriteFile(binary, []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := writeFile(t, dir, "empty.txt", "")
	t.Setenv("PATH", dir) // no pdftotext here
	for _, tc := range []struct {
		file, want string
		code       int
	}{
		{"testdata/report.pdf", "testdata/report.pdf is a PDF: reading one needs pdftotext, which is not installed", exitUnavailable},
		{binary, binary + " is not text in UTF-8: expected plain text, Markdown or HTML", exitInvalid},
		{empty, empty + ": no paragraph to read (expected prose", exitInvalid},
	} {
		_, errOut, code := c.run("extract", tc.file, "--case", "afghanistan-2021")
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("extract %s: exit %d, %q; want exit %d saying %q", tc.file, code, errOut, tc.code, tc.want)
		}
	}
}

// TestReviewKnowsTheCases: a review of a case the database lacks says so (the edits'
// language is intake's, TestEditSetsFieldsAsTheyRead).
func TestReviewKnowsTheCases(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	if _, errOut, code := c.run("review", "--case", "afghanistan-2012"); code != exitNotFound || !strings.Contains(errOut, `no case "afghanistan-2012"`) {
		t.Errorf("review of a case the database lacks: exit %d, %q", code, errOut)
	}
}

// writeReport writes a report of two paragraphs, a sentence each, stating a tie each:
// Iran's support of the Taliban, hedged, and Russia's, attributed.
// TestReviewSaysEachDecision: each decision at the terminal is confirmed under its
// proposal; a stated tie the reviewer makes alleged cites its source at credibility 3,
// as the reader cites an alleged one, not the 2 of a stated one; --accept-above 0 accepts
// every proposal without asking.
func TestReviewSaysEachDecision(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	// A store with no account yet is told to make a first one, an admin who may review
	// alone, on the same database.
	out := c.ok("extract", writeText(t, "stated.txt", "Pakistan gave its support to the Taliban in 2004, as its army grew impatient with the government in Kabul.\n"),
		"--case", "afghanistan-2021", "--propose")
	if !strings.Contains(out, "alliances users add NAME --role admin --db ") || !strings.Contains(out, "alliances serve --team --db ") {
		t.Errorf("extract --propose does not say how to review:\n%s", out)
	}
	// --list shows the queue and decides nothing.
	for i := 0; i < 2; i++ {
		if out := c.ok("review", "--case", "afghanistan-2021", "--list"); !strings.Contains(out, "1 proposal waiting.") || !strings.Contains(strings.Join(strings.Fields(out), " "), "1 new tie x-pakistan-support-taliban-p1 extract 0.8") {
			t.Errorf("review --list:\n%s", out)
		}
	}
	c.stdin = "e status=alleged -- one side's word only\n"
	out = c.ok("review", "--case", "afghanistan-2021")
	if !strings.Contains(out, "  accepted, as edited, its citation's credibility 3 for the status given\n") {
		t.Errorf("review does not confirm the decision and what the status changed:\n%s", out)
	}
	// The sentence shows once, in the reason: the citation says it quotes it (a
	// newcomer's review counted 767 lines for 72 proposals, each sentence twice).
	if n := strings.Count(out, "as its army grew impatient"); n != 1 || !strings.Contains(out, "  cites      newlines-2021 ¶1, credibility 2, stance asserts, quoting the sentence\n") {
		t.Errorf("the proposal shows its sentence %d times, want once, and its citation on a line:\n%s", n, out)
	}
	var ties []alliances.Tie
	if err := json.Unmarshal([]byte(c.ok("ties", "--case", "afghanistan-2021", "--actor", "pakistan", "--kind", "support", "--json")), &ties); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ties, func(t alliances.Tie) bool { return strings.HasPrefix(t.ID, "x-pakistan-support-taliban") })
	if i < 0 || ties[i].Status != alliances.Alleged || ties[i].Citations[0].Credibility != 3 {
		t.Errorf("the tie made alleged: %+v, want alleged at credibility 3", ties)
	}
	c.ok("extract", writeReport(t), "--case", "afghanistan-2021", "--propose")
	c.stdin = ""
	if out := c.ok("review", "--case", "afghanistan-2021", "--accept-above", "0"); !strings.Contains(out, "2 accepted") || strings.Contains(out, "> ") {
		t.Errorf("review --accept-above 0:\n%s", out)
	}
}

func writeReport(t *testing.T) string {
	t.Helper()
	return writeText(t, "report.txt", "Iran reportedly armed the Taliban by 2018, as its fear of an American base in the west of the country grew stronger.\n\n"+
		"According to Taliban sources, Russia supplied weapons to the Taliban in 2017, through the north and by way of Central Asia.\n")
}

// writeText writes a report of the test's.
func writeText(t *testing.T, name, text string) string {
	t.Helper()
	report := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return report
}

// TestNewCaseReadAgainAfterARename reads a report into a new case, renames one actor it
// found in review ("Facilities Guard" accepted as "Oil Ports Guard"), and reads the report
// again: nothing is offered twice, the renamed actor not under another id.
func TestNewCaseReadAgainAfterARename(t *testing.T) {
	c := newCLI(t)
	report := filepath.Join(t.TempDir(), "libya.txt")
	text := "In 2016 the Facilities Guard fought the Libyan National Army near the oil ports of the coast, and held them.\n\n" +
		"Another paragraph, so that the lines of this report are no paragraphs of their own.\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := c.ok("extract", report, "--new-case", "libya", "--source-title", "A report", "--source-date", "2017", "--propose")
	if !strings.Contains(out, "3 proposals put in the review queue of case libya: 2 actors, 1 tie") {
		t.Fatalf("first reading: %s", out)
	}
	// The three are shown in the order the queue keeps (proposed at one instant here):
	// skipped once to learn it, then the guard renamed and the others accepted.
	c.stdin = "s\ns\ns\n"
	shown := c.ok("review", "--case", "libya")
	order := regexp.MustCompile(`\] new (actor|tie) (\S+) in libya`).FindAllStringSubmatch(shown, -1)
	// An actor shows the sentence it was found in, as a tie does (a newcomer's review
	// found the actors' cards in the browser without one).
	if !strings.Contains(shown, `¶1: named "Facilities Guard", an organization's name by its form: In 2016 the Facilities Guard fought`) {
		t.Errorf("the actor's reason lacks its sentence:\n%s", shown)
	}
	var answers strings.Builder
	for _, o := range order {
		if o[2] == "facilities-guard" {
			answers.WriteString("e name=\"Oil Ports Guard\" -- its name in our record\n")
		} else {
			answers.WriteString("a\n")
		}
	}
	if len(order) != 3 {
		t.Fatalf("the queue shows %v, want the two actors and the tie", order)
	}
	// A field the claim's kind lacks is refused, naming it; piped, the review stops there
	// (the answers after it were written for the proposals after it), and goes on when run
	// again.
	c.stdin = "e nmae=x -- a slip\n" + answers.String()
	if _, errOut, code := c.run("review", "--case", "libya"); code != 2 || !strings.Contains(errOut, "has no field") {
		t.Errorf("an edit of a field the claim lacks: exit %d, %s", code, errOut)
	}
	c.stdin = answers.String()
	c.ok("review", "--case", "libya")
	if out := c.ok("actors", "--case", "libya"); !strings.Contains(out, "Oil Ports Guard") {
		t.Fatalf("the renamed actor:\n%s", out)
	}
	if out := c.ok("extract", report, "--new-case", "libya-again", "--source-title", "A report", "--source-date", "2017", "--propose"); !strings.Contains(out, "2 actors") {
		t.Errorf("into another new case, the two actors are offered, under ids of their own: %s", out)
	}
	// A long title gives a source id cut at a word's end.
	if _, errOut, code := c.run("extract", report, "--new-case", "libya-long", "--source-title", "Alliances Were Key to the Taliban Takeover of Afghanistan",
		"--source-date", "2017", "--propose"); code != 0 || !strings.Contains(errOut, "its source alliances-were-key-to-the-taliban;") {
		t.Errorf("the source id of a long title: exit %d, %s", code, errOut)
	}
	// The source's kind is the analyst's to say; one the record does not know makes no case.
	c.ok("extract", report, "--new-case", "libya-news", "--source-title", "A news report", "--source-kind", "news", "--propose")
	if out := c.ok("sources", "--case", "libya-news"); !strings.Contains(strings.Join(strings.Fields(out), " "), "C news") {
		t.Errorf("the source of a news report:\n%s", out)
	}
	if _, errOut, code := c.run("extract", report, "--new-case", "libya-blog", "--source-title", "A post", "--source-kind", "blog", "--propose"); code != 2 ||
		!strings.Contains(errOut, `--source-kind "blog": expected one of analysis, news`) {
		t.Errorf("an unknown source kind: exit %d, %s", code, errOut)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--new-case", "libya-x", "--source-title", "A post"}, "--new-case libya-x needs --propose"},
		{[]string{"--new-case", "libya-x", "--propose"}, "--new-case libya-x needs --source-title"},
		{[]string{"--new-case", "libya-x", "--source-title", "A post", "--propose", "--case", "libya"}, "not both"},
		{[]string{"--new-case", "libya-x", "--source-title", "A post", "--propose", "--reliability", "Z"}, `--reliability "Z": expected one of A, B, C, D, E, F`},
		{[]string{"--new-case", "libya-x", "--source-title", "A post", "--propose", "--source-date", "2021-13"}, `--source-date "2021-13"`},
	} {
		if _, errOut, code := c.run(append([]string{"extract", report}, tc.args...)...); code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("extract %v: exit %d, %s; want %q", tc.args, code, errOut, tc.want)
		}
	}
	// A report that cannot be read, or holds nothing to read, makes no case either: the
	// same id reads into a new case once the file is right.
	dir := t.TempDir()
	title := filepath.Join(dir, "title.txt")
	if err := os.WriteFile(title, []byte("A title and nothing else\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{filepath.Join(dir, "missing.txt"), title} {
		if _, errOut, code := c.run("extract", file, "--new-case", "libya-unread", "--source-title", "A post", "--propose"); code == 0 || !strings.Contains(errOut, file) {
			t.Errorf("extract %s into a new case: exit %d, %s; want an error naming the file", file, code, errOut)
		}
	}
	if out := c.ok("cases"); strings.Contains(out, "libya-blog") || strings.Contains(out, "libya-x") || strings.Contains(out, "libya-unread") {
		t.Errorf("a refused new case was made:\n%s", out)
	}
	c.ok("extract", report, "--new-case", "libya-unread", "--source-title", "A post", "--propose")
	out = c.ok("extract", report, "--case", "libya", "--propose")
	if !strings.Contains(out, "0 proposals put in the review queue of case libya") {
		t.Errorf("read again after the rename: %s", out)
	}
}

// TestTwoNewCasesOfOneReport reads one report into two new cases of one database, before
// anything of the first is reviewed: the second gets the actors and ties under ids of its
// own (an id is one case's), so that none of its ties is lost for naming an actor that
// waits in the first case's queue, and both cases record everything once accepted.
func TestTwoNewCasesOfOneReport(t *testing.T) {
	c := newCLI(t)
	report := filepath.Join(t.TempDir(), "report.txt")
	text := "In 2019 the Harakat Nour al-Din attacked the Taliban near the border of the country many times.\n\n" +
		"In 2020 Pakistan supported the Taliban near the border of the country for many months.\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"first", "second"} {
		out, errOut, code := c.run("extract", report, "--new-case", id, "--source-title", "Report "+id, "--source-date", "2024", "--propose")
		if code != 0 || !strings.Contains(out, "3 proposals put in the review queue of case "+id+": 1 actor, 2 ties") {
			t.Fatalf("into case %s: exit %d, %s%s", id, code, out, errOut)
		}
	}
	// A title that opens with a year gives a valid id all the same.
	if _, errOut, code := c.run("extract", report, "--new-case", "third", "--source-title", "2020–2021 Ayn Issa clashes: a report", "--source-date", "2024", "--propose"); code != 0 ||
		!strings.Contains(errOut, "its source report-2020-2021-ayn-issa-clashes-a;") {
		t.Errorf("a title that opens with a year: exit %d, %s", code, errOut)
	}
	if out := c.ok("extract", report, "--case", "second", "--propose"); !strings.Contains(out, "0 proposals put in the review queue of case second") {
		t.Errorf("read again into the second case: %s", out)
	}
	for _, id := range []string{"first", "second"} {
		c.stdin = ""
		if out, errOut, _ := c.run("review", "--case", id, "--accept-above", "0.01"); !strings.Contains(out+errOut, "3 accepted") {
			t.Fatalf("accepting case %s: %s%s", id, out, errOut)
		}
		if out := c.ok("ties", "--case", id); !strings.Contains(out, "2 ties") || !strings.Contains(out, "hostility") || !strings.Contains(out, "support") {
			t.Errorf("the ties of case %s:\n%s", id, out)
		}
	}
}

// TestExtractScoresAsANewCase: --as-new measures a report against an annotation with
// the reader knowing only the registry and what it finds, and says how many of the
// actors it found are the annotation's; --as-new without --against is a usage error.
func TestExtractScoresAsANewCase(t *testing.T) {
	c := newCLI(t)
	text, ann := "../../extract/testdata/wikipedia/sahel.txt", "../../extract/testdata/wikipedia/sahel.yaml"
	out, errOut, code := c.run("extract", text, "--score", "--against", ann, "--as-new", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var s struct {
		Proposals, Correct, Gold int
		Precision, Recall        float64
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	// The annotation's 91 stated ties (as TestAnnotatedWikipediaTexts reads them); the
	// reader finds AQIM, MINUSMA and the MNLA by their forms, not knowing them.
	if s.Gold != 91 || s.Correct == 0 || s.Recall <= 0 || !strings.Contains(errOut, "as a new case: ") {
		t.Errorf("score %+v, %q: want the 91 ties of the annotation, some found, and the actors matched told", s, errOut)
	}
	known, _, _ := c.run("extract", text, "--score", "--against", ann, "--json")
	var k struct{ Recall float64 }
	if err := json.Unmarshal([]byte(known), &k); err != nil || k.Recall <= s.Recall {
		t.Errorf("recall knowing the annotation's actors %.2f, as a new case %.2f: want more when the actors are known (%v)", k.Recall, s.Recall, err)
	}
	if _, errOut, code := c.run("extract", text, "--as-new"); code != exitUsage || !strings.Contains(errOut, "--as-new goes with --against") {
		t.Errorf("--as-new alone: exit %d, %q; want a usage error", code, errOut)
	}
}

// TestRejectedActorNamesItsTies: rejecting an actor of a new case says how many waiting
// ties name it, which cannot be accepted as they are (a reviewer rejected "jihadists" and
// met its tie later, waiting).
func TestRejectedActorNamesItsTies(t *testing.T) {
	c := newCLI(t)
	report := writeText(t, "libya.txt", "In 2016 the Facilities Guard fought the Libyan National Army near the oil ports of the coast, and held them.\n\n"+
		"A second paragraph, so that the lines are no paragraphs of their own, as the report says.\n")
	c.ok("extract", report, "--new-case", "libya", "--source-title", "A report", "--source-date", "2017", "--propose")
	c.stdin = "s\ns\ns\n"
	shown := c.ok("review", "--case", "libya")
	order := regexp.MustCompile(`\] new (actor|tie) (\S+) in libya`).FindAllStringSubmatch(shown, -1)
	if len(order) != 3 || order[0][1] != "actor" {
		t.Fatalf("the queue shows %v, want two actors, then the tie", order)
	}
	// --list --json gives the queue whole: each proposal's reason uncut (the table cuts it).
	var waiting []team.Proposal
	if err := json.Unmarshal([]byte(c.ok("review", "--case", "libya", "--list", "--json")), &waiting); err != nil || len(waiting) != 3 ||
		!strings.Contains(waiting[2].Reason, "near the oil ports of the coast, and held them") {
		t.Errorf("review --list --json: %v, %+v, want the three proposals, the tie's sentence whole", err, waiting)
	}
	c.stdin = "r not a party -- a test\nq\n"
	out := c.ok("review", "--case", "libya")
	if want := "1 waiting tie names " + order[0][2] + ", which cannot be accepted as it is"; !strings.Contains(out, want) {
		t.Errorf("the rejection of %s does not say %q:\n%s", order[0][2], want, out)
	}
}

// TestExtractSaysWhereTheBodyEnded: a reviewer found the notes of a list article, its only
// prose claims, dropped without a word: the body ends at a heading of end matter, and the
// command says so, with the words it does not read, in reading as in --paragraphs.
func TestExtractSaysWhereTheBodyEnded(t *testing.T) {
	c := newCLI(t)
	path := writeFile(t, t.TempDir(), "list.md", "Pakistan resumed its support for the Taliban in 2004, as its army grew impatient with the war.\n\n"+
		"## Notes\n\nIn 2017 Iran also armed the Taliban in the west, according to the same report.\n")
	for _, args := range [][]string{{"extract", path, "--paragraphs"}, {"extract", path, "--date", "2021"}} {
		_, errOut, code := c.run(args...)
		if code != 0 || !strings.Contains(errOut, `the body ends at the heading "Notes" (¶1 is its last paragraph): the 17 words after it are not read`) {
			t.Errorf("%v: exit %d, %q; want where the body ended and the words left (17: the heading's and the note's)", args, code, errOut)
		}
	}
}
